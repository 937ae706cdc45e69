import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/raw.js';
import type { PurgeCounts } from './retention.rules.js';

/**
 * Consultations due for the purge, locked. SKIP LOCKED: two processes purging at once take disjoint batches
 * (no double work, no waiting on each other), and a chat a visitor is deleting right now is left to that deletion.
 * Issue 12: retention counts from the last consultation of a linked history, so one in a history is due only when
 * every consultation of it is closed before the cutoff (a range of the history index); ordered by history, its
 * members come in the same batch.
 */
const DUE = (cutoff: Date, limit: number) => sql`
  SELECT id FROM consultations c
   WHERE status = 'closed' AND content_purged_at IS NULL AND closed_at < ${cutoff.toISOString()}::timestamptz
     AND (history_id IS NULL OR NOT EXISTS (
           SELECT 1 FROM consultations o
            WHERE o.history_id = c.history_id AND (o.status <> 'closed' OR o.closed_at >= ${cutoff.toISOString()}::timestamptz)))
   ORDER BY history_id NULLS LAST, closed_at, id
   LIMIT ${limit}
   FOR UPDATE SKIP LOCKED`;

/**
 * Removes the content of these (locked) consultations in one statement: messages, hand-off and escalation notes,
 * free text in event data (the keys server/src/crypto/event-data.ts seals), preview, nickname, token and resume code.
 * Kept: the row's times, audience, topic, locale, outcome, tags, risk level, close reason and message count (last_seq).
 * Issue 12: the return key of their histories stops working (the history row and its links stay, without content).
 */
const PURGE = (ids: string[], at: Date) => sql`
  WITH target AS (SELECT unnest(${`{${ids.join(',')}}`}::uuid[]) AS id),
  m AS (DELETE FROM messages WHERE consultation_id IN (SELECT id FROM target) RETURNING 1),
  h AS (UPDATE handoffs SET note = NULL WHERE consultation_id IN (SELECT id FROM target) AND note IS NOT NULL RETURNING 1),
  e AS (UPDATE escalations SET note = NULL, resolution_note = NULL
         WHERE consultation_id IN (SELECT id FROM target) AND (note IS NOT NULL OR resolution_note IS NOT NULL) RETURNING 1),
  ev AS (UPDATE consultation_events SET data = (CASE WHEN type = 'risk_changed' THEN data - 'reason' ELSE data END) - 'note' - 'comment' - 'matched'
          WHERE consultation_id IN (SELECT id FROM target)
            AND (data ? 'note' OR data ? 'comment' OR data ? 'matched' OR (type = 'risk_changed' AND data ? 'reason')) RETURNING 1),
  c AS (UPDATE consultations SET preview = NULL, nickname = NULL, visitor_token_hash = NULL, resume_code_hash = NULL,
                                 content_purged_at = ${at.toISOString()}::timestamptz
         WHERE id IN (SELECT id FROM target) RETURNING history_id),
  k AS (UPDATE consultation_histories SET return_key_hash = NULL
         WHERE id IN (SELECT history_id FROM c WHERE history_id IS NOT NULL) AND return_key_hash IS NOT NULL RETURNING 1)
  SELECT (SELECT count(*) FROM c)::int AS consultations, (SELECT count(*) FROM m)::int AS messages,
         ((SELECT count(*) FROM h) + (SELECT count(*) FROM e))::int AS notes, (SELECT count(*) FROM ev)::int AS events`;

export const retentionRepository = {
  async lockDue(db: Db, cutoff: Date, limit: number): Promise<string[]> {
    return (await rows<{ id: string }>(db, DUE(cutoff, limit))).map((r) => r.id);
  },

  /** The consultation's status, its row locked (a visitor's deletion), or undefined when there is none. */
  async lockOne(db: Db, id: string): Promise<{ status: 'queued' | 'active' | 'closed'; historyId: string | null } | undefined> {
    const [r] = await rows<{ status: 'queued' | 'active' | 'closed'; history_id: string | null }>(
      db, sql`SELECT status, history_id FROM consultations WHERE id = ${id}::uuid FOR UPDATE`);
    return r && { status: r.status, historyId: r.history_id };
  },

  /** Issue 12: every consultation of a history, locked in id order (a whole-history deletion). */
  async lockHistory(db: Db, historyId: string): Promise<{ id: string; status: 'queued' | 'active' | 'closed' }[]> {
    // The history row first: a start linking with its key at this moment either commits before (and is seen here) or waits.
    await rows(db, sql`SELECT id FROM consultation_histories WHERE id = ${historyId}::uuid FOR UPDATE`);
    return rows(db, sql`SELECT id, status FROM consultations WHERE history_id = ${historyId}::uuid ORDER BY id FOR UPDATE`);
  },

  async purge(db: Db, ids: string[], at: Date): Promise<PurgeCounts> {
    if (ids.length === 0) return { consultations: 0, messages: 0, notes: 0, events: 0 };
    const [r] = await rows<PurgeCounts>(db, PURGE(ids, at));
    return r!;
  },
};
