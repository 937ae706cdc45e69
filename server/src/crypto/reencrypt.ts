import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/raw.js';
import { openEventField, sealEventData } from './event-data.js';
import { currentKeyId, open, seal, sealedKeyId } from './index.js';

/** Rows one statement reads and rewrites: short transactions, no long lock on a busy table. */
export const REENCRYPT_BATCH = 500;

/** A sealed text column and its table's key: values not under the current key (or still plain) are rewritten. */
const COLUMNS = [
  { table: 'messages', column: 'body' },
  { table: 'consultations', column: 'preview' },
  { table: 'handoffs', column: 'note' },
  { table: 'escalations', column: 'note' },
  { table: 'escalations', column: 'resolution_note' },
] as const;

const EVENT_KEYS = ['note', 'comment', 'reason', 'matched'];

export interface ReencryptProgress {
  target: string;
  rewritten: number;
}

const current = (v: string) => sealedKeyId(v) === currentKeyId();

/**
 * Re-seals every stored value under the current key (and seals plain text written before encryption existed).
 * Keyset paging by primary key, one batch per statement; a row changed meanwhile (its value no longer the one read)
 * is left alone and picked up by the next run. Resumable: what is done no longer matches, so a rerun (or a run after
 * a crash) continues with what is left. Values under a key that is not configured stop the run with the key's id.
 */
export async function reencryptAll(db: Db, onProgress: (p: ReencryptProgress) => void = () => undefined): Promise<ReencryptProgress[]> {
  const done: ReencryptProgress[] = [];
  for (const { table, column } of COLUMNS) {
    let rewritten = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await rows<{ id: string; v: string }>(db, sql`
        SELECT id::text AS id, ${sql.identifier(column)} AS v FROM ${sql.identifier(table)}
         WHERE id > ${after}::uuid AND ${sql.identifier(column)} IS NOT NULL
         ORDER BY id LIMIT ${REENCRYPT_BATCH}`);
      if (page.length === 0) break;
      after = page[page.length - 1]!.id;
      const stale = page.filter((r) => !current(r.v));
      if (stale.length > 0) {
        const next = stale.map((r) => ({ id: r.id, old: r.v, new: seal(open(r.v)) }));
        const [r] = await rows<{ n: number }>(db, sql`
          WITH v AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(next)}::jsonb) AS x(id uuid, old text, new text)),
          u AS (UPDATE ${sql.identifier(table)} t SET ${sql.identifier(column)} = v.new FROM v
                 WHERE t.id = v.id AND t.${sql.identifier(column)} = v.old RETURNING 1)
          SELECT count(*)::int AS n FROM u`);
        rewritten += r!.n;
      }
      onProgress({ target: `${table}.${column}`, rewritten });
    }
    done.push({ target: `${table}.${column}`, rewritten });
  }
  done.push(await reencryptEvents(db, onProgress));
  done.push(await reencryptSurveyComments(db, onProgress));
  return done;
}

/** Survey comments (survey_answers.value_text), paged by the table's two-column key. */
async function reencryptSurveyComments(db: Db, onProgress: (p: ReencryptProgress) => void): Promise<ReencryptProgress> {
  const target = 'survey_answers.value_text';
  let rewritten = 0;
  let after = { r: '00000000-0000-0000-0000-000000000000', q: '' };
  for (;;) {
    const page = await rows<{ r: string; q: string; v: string }>(db, sql`
      SELECT response_id::text AS r, question_id AS q, value_text AS v FROM survey_answers
       WHERE (response_id, question_id) > (${after.r}::uuid, ${after.q}) AND value_text IS NOT NULL
       ORDER BY response_id, question_id LIMIT ${REENCRYPT_BATCH}`);
    if (page.length === 0) break;
    after = { r: page[page.length - 1]!.r, q: page[page.length - 1]!.q };
    const next = page.filter((x) => !current(x.v)).map((x) => ({ r: x.r, q: x.q, old: x.v, new: seal(open(x.v)) }));
    if (next.length > 0) {
      const [r] = await rows<{ n: number }>(db, sql`
        WITH v AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(next)}::jsonb) AS x(r uuid, q text, old text, new text)),
        u AS (UPDATE survey_answers t SET value_text = v.new FROM v
               WHERE t.response_id = v.r AND t.question_id = v.q AND t.value_text = v.old RETURNING 1)
        SELECT count(*)::int AS n FROM u`);
      rewritten += r!.n;
    }
    onProgress({ target, rewritten });
  }
  return { target, rewritten };
}

/** Free text inside consultation_events.data (see event-data.ts), paged by the bigserial id. */
async function reencryptEvents(db: Db, onProgress: (p: ReencryptProgress) => void): Promise<ReencryptProgress> {
  let rewritten = 0;
  let after = 0;
  for (;;) {
    const page = await rows<{ id: number; type: string; data: Record<string, unknown> }>(db, sql`
      SELECT id, type, data FROM consultation_events
       WHERE id > ${after} AND data ?| ${`{${EVENT_KEYS.join(',')}}`}::text[]
       ORDER BY id LIMIT ${REENCRYPT_BATCH}`);
    if (page.length === 0) break;
    after = Number(page[page.length - 1]!.id);
    const next = [];
    for (const r of page) {
      const plain: Record<string, unknown> = {};
      for (const k of EVENT_KEYS) {
        const v = r.data[k];
        if (v === undefined || (typeof v === 'string' && current(v))) continue;
        plain[k] = typeof v === 'string' ? openEventField(v) : v;
      }
      const resealed = sealEventData(r.type, plain) as Record<string, unknown>;
      const changed = Object.keys(plain).filter((k) => resealed[k] !== r.data[k]);
      if (changed.length === 0) continue;
      const data = { ...r.data };
      for (const k of changed) data[k] = resealed[k];
      next.push({ id: r.id, old: r.data, new: data });
    }
    if (next.length > 0) {
      const [r] = await rows<{ n: number }>(db, sql`
        WITH v AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(next)}::jsonb) AS x(id bigint, old jsonb, new jsonb)),
        u AS (UPDATE consultation_events t SET data = v.new FROM v WHERE t.id = v.id AND t.data = v.old RETURNING 1)
        SELECT count(*)::int AS n FROM u`);
      rewritten += r!.n;
    }
    onProgress({ target: 'consultation_events.data', rewritten });
  }
  return { target: 'consultation_events.data', rewritten };
}
