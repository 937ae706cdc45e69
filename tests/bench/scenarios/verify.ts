/**
 * Correctness after the load: through the contract (each counselor replays its chats with messages:sync, which must
 * hold every acknowledged message exactly once under gap-free seqs, each sender's in its send order) and in the
 * database (rows per clientMessageId).
 */
import type { Socket } from 'socket.io-client';
import { must } from '../clients/sockets.js';
import type { Tracker } from '../load/tracker.js';
import type { StoredRows } from '../scratch-db.js';
import { pool } from '../util.js';
import type { Population } from './connect.js';

export interface SyncFigures {
  consultations: number;
  messages: number;
  /** Consultations whose seqs are not exactly 1..n. */
  seqGaps: number;
  /** Acknowledged messages absent from the replay. */
  missing: number;
  /** Messages present more than once in the replay. */
  duplicated: number;
  /** Messages stored (seq) after a later message of the same sender. */
  misordered: number;
}

interface SyncedLike { seq: number; clientMessageId?: string | null }

async function replay(socket: Socket, consultationId: string): Promise<SyncedLike[]> {
  const all: SyncedLike[] = [];
  for (let page = 0, after = 0; page < 200; page++) {
    const res = await must<{ messages: SyncedLike[]; hasMore?: boolean }>(socket, 'messages:sync', { consultationId, afterSeq: after });
    all.push(...res.messages);
    const last = res.messages.at(-1);
    if (!last || res.hasMore === false || (res.hasMore === undefined && res.messages.length < 100)) break;
    after = last.seq;
  }
  return all;
}

export async function syncCheck(pop: Population, tracker: Tracker): Promise<SyncFigures> {
  const { byPair } = tracker.totals();
  const f: SyncFigures = { consultations: 0, messages: 0, seqGaps: 0, missing: 0, duplicated: 0, misordered: 0 };
  const jobs = pop.held.flatMap((idxs, j) => idxs.map((i) => ({ i, socket: pop.counselors[j] as Socket })));
  await pool(jobs, 20, async ({ i, socket }) => {
    const pair = pop.pairs[i];
    if (!pair) return;
    const messages = await replay(socket, pair.id);
    f.consultations++;
    f.messages += messages.length;
    if (messages.some((m, k) => m.seq !== k + 1)) f.seqGaps++;
    f.misordered += outOfSendOrder(messages, tracker);
    const counts = new Map<string, number>();
    for (const m of messages) if (m.clientMessageId) counts.set(m.clientMessageId, (counts.get(m.clientMessageId) ?? 0) + 1);
    for (const cmid of byPair.get(i) ?? []) {
      const c = counts.get(cmid) ?? 0;
      if (c === 0) f.missing++;
      if (c > 1) f.duplicated++;
    }
  });
  return f;
}

/** How many messages come (in seq order) after a later message of their own sender. */
function outOfSendOrder(messages: SyncedLike[], tracker: Tracker): number {
  const last = new Map<string, number>();
  let n = 0;
  for (const m of messages) {
    const o = m.clientMessageId ? tracker.sendOrder(m.clientMessageId) : undefined;
    if (!o) continue;
    if ((last.get(o.sender) ?? -1) > o.n) n++;
    else last.set(o.sender, o.n);
  }
  return n;
}

export interface RowFigures {
  table: string;
  /** Messages acknowledged ok (after one idempotent retry of the failed ones). */
  expected: number;
  stored: number;
  missing: number;
  duplicateRows: number;
  /** Rows of messages whose send never got an ok ack (allowed: the client would retry with the same id). */
  persistedWithoutOkAck: number;
  matches: boolean;
}

export function rowCheck(rows: StoredRows, tracker: Tracker): RowFigures {
  const { okIds } = tracker.totals();
  let stored = 0;
  let duplicateRows = 0;
  let persistedWithoutOkAck = 0;
  for (const [cmid, n] of rows.byClientMessageId) {
    stored += n;
    if (n > 1) duplicateRows += n - 1;
    if (!okIds.has(cmid)) persistedWithoutOkAck++;
  }
  let missing = 0;
  for (const cmid of okIds) if (!rows.byClientMessageId.has(cmid)) missing++;
  return {
    table: rows.table, expected: okIds.size, stored, missing, duplicateRows, persistedWithoutOkAck,
    matches: missing === 0 && duplicateRows === 0,
  };
}
