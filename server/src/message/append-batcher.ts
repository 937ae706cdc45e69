import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/raw.js';
import { messageRepository, type AppendInput, type MessageRow } from './message.repository.js';

/**
 * Appends in flight at once on PostgreSQL: the pool (DB_POOL_SIZE) less two connections kept for
 * everything else. Beyond this, new messages wait and go together in the next statement.
 * PGlite runs one statement at a time, so it gets one slot and batches whatever queues behind it.
 */
export function appendSlots(database: { kind: 'postgres' | 'pglite' }, poolSize: number): number {
  return database.kind === 'pglite' ? 1 : Math.max(1, poolSize - 2);
}
/** Most messages one statement carries. */
const APPEND_BATCH_MAX = 200;

interface Pending {
  input: AppendInput;
  resolve(row: MessageRow | null): void;
  reject(err: unknown): void;
}

/**
 * Group commit for message appends. While fewer than `slots` appends are in flight a message is
 * written at once, alone, so a quiet service adds no delay; under load the messages that arrive
 * while every slot is busy are written together in one statement and one commit. Each caller's
 * promise settles only after its message is committed (or refused: null), never before.
 */
export function createAppendBatcher(db: Db, opts: { slots: number; batchMax?: number }) {
  const slots = opts.slots;
  const batchMax = opts.batchMax ?? APPEND_BATCH_MAX;
  const waiting: Pending[] = [];
  let inFlight = 0;

  /** One append; null when nothing was written, including a concurrent re-send of the same clientMessageId winning. */
  async function one(input: AppendInput): Promise<MessageRow | null> {
    try {
      return await messageRepository.append(db, input);
    } catch (err) {
      if (isUniqueViolation(err)) return null;
      throw err;
    }
  }

  async function write(batch: Pending[]): Promise<void> {
    if (batch.length > 1) {
      try {
        const rows = await messageRepository.appendMany(db, batch.map((p) => p.input));
        batch.forEach((p, i) => p.resolve(rows[i] ?? null));
        return;
      } catch {
        // A clientMessageId twice in one batch, or a deadlock with another writer: one by one, in arrival order.
      }
    }
    for (const p of batch) {
      try {
        p.resolve(await one(p.input));
      } catch (err) {
        p.reject(err);
      }
    }
  }

  function pump(): void {
    while (waiting.length > 0 && inFlight < slots) {
      inFlight++;
      void write(waiting.splice(0, batchMax)).finally(() => {
        inFlight--;
        pump();
      });
    }
  }

  return {
    append(input: AppendInput): Promise<MessageRow | null> {
      return new Promise((resolve, reject) => {
        waiting.push({ input, resolve, reject });
        pump();
      });
    },
  };
}
