import { AppError, ErrorCode } from '@hidamari/shared';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/raw.js';
import { nextBatch, type Queued } from './append-order.rules.js';
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
/** Most messages held (waiting or being written) unless the caller says otherwise. */
const APPEND_QUEUE_MAX = 5000;

interface Pending extends Queued {
  input: AppendInput;
  resolve(row: MessageRow | null): void;
  reject(err: unknown): void;
}

export interface AppendBatcherOptions {
  slots: number;
  batchMax?: number;
  /** Beyond this many held messages an append is refused at once with BUSY (the client re-sends it). */
  queueMax?: number;
  log?: Pick<Logger, 'warn'>;
}

const codeOf = (err: unknown): string | undefined => {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | undefined;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' ? code : undefined;
};
/** query_canceled: DB_STATEMENT_TIMEOUT_MS passed (a held lock, a saturated server). Nothing was written. */
const timedOut = (err: unknown) => codeOf(err) === '57014';
const busy = () => new AppError(ErrorCode.BUSY, 'the server is busy; send the message again shortly');

/**
 * Group commit for message appends. While fewer than `slots` appends are in flight a message is
 * written at once, alone, so a quiet service adds no delay; under load the messages that arrive
 * while every slot is busy are written together in one statement and one commit. Each caller's
 * promise settles only after its message is committed (or refused: null), never before.
 *
 * Per consultation, first in first out: slots run in parallel, so two writes of one consultation
 * in flight at once could commit in either order. A consultation with a write in flight therefore
 * keeps its later messages waiting (nextBatch), and each write numbers its messages in arrival order.
 */
export function createAppendBatcher(db: Db, opts: AppendBatcherOptions) {
  const { slots, log } = opts;
  const batchMax = opts.batchMax ?? APPEND_BATCH_MAX;
  const queueMax = opts.queueMax ?? APPEND_QUEUE_MAX;
  let waiting: Pending[] = [];
  const writing = new Set<string>();
  let inFlight = 0;
  let held = 0;

  /** One append; null when nothing was written, including a concurrent re-send of the same clientMessageId winning. */
  async function one(input: AppendInput): Promise<MessageRow | null> {
    try {
      return await messageRepository.append(db, input);
    } catch (err) {
      if (isUniqueViolation(err)) return null;
      if (!timedOut(err)) throw err;
      log?.warn({ code: codeOf(err), messages: 1 }, 'message append failed');
      throw busy();
    }
  }

  async function write(batch: Pending[]): Promise<void> {
    if (batch.length > 1) {
      try {
        const rows = await messageRepository.appendMany(db, batch.map((p) => p.input));
        batch.forEach((p, i) => p.resolve(rows[i] ?? null));
        return;
      } catch (err) {
        // A clientMessageId twice in one batch (expected now and then) or a deadlock: one by one, in arrival order.
        if (!isUniqueViolation(err)) log?.warn({ code: codeOf(err), messages: batch.length }, 'batched message append failed');
        // One by one would wait out the timeout once per message: refuse them all now, the clients send again.
        if (timedOut(err)) return batch.forEach((p) => p.reject(busy()));
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
    while (inFlight < slots && waiting.length > 0) {
      const { batch, rest } = nextBatch(waiting, writing, batchMax);
      if (batch.length === 0) return;
      waiting = rest;
      const ids = new Set(batch.map((p) => p.key));
      for (const id of ids) writing.add(id);
      inFlight++;
      void write(batch).finally(() => {
        inFlight--;
        held -= batch.length;
        for (const id of ids) writing.delete(id);
        pump();
      });
    }
  }

  return {
    append(input: AppendInput): Promise<MessageRow | null> {
      if (held >= queueMax) return Promise.reject(busy());
      held++;
      return new Promise((resolve, reject) => {
        waiting.push({ key: input.consultationId, input, resolve, reject });
        pump();
      });
    },
    /** Messages accepted and not yet settled (waiting or being written). */
    held: () => held,
  };
}
