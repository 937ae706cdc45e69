/**
 * B2: the database alone doing what one message costs: the service's append statement (server/src/message/
 * message.repository.ts) — one autocommit statement whose UPDATE takes the consultation's row lock and the next seq,
 * checks the clientMessageId is new, and INSERTs the message — on look-alike tables in a scratch schema of the same
 * database. Closed loop with as many workers as the service's pool (PGlite: its one connection).
 */
import { randomUUID } from 'node:crypto';
import { Latency, type LatencySummary } from './histogram.js';
import type { Sql } from './scratch-db.js';

export interface B2Result {
  database: 'postgres' | 'pglite';
  concurrency: number;
  inserts: number;
  seconds: number;
  /** Committed message inserts per second: B2's maximum rate. */
  rate: number;
  latency: LatencySummary;
  /** CPU per 1,000 inserts: this process for PGlite, the local PostgreSQL's processes otherwise (null if remote). */
  cpuSecondsPer1000: number | null;
  seqGapFree: boolean;
}

export const B2_STATEMENT = `WITH c AS (
  UPDATE bench_b2.consultations
     SET last_seq = last_seq + 1, last_activity_at = now(),
         preview = CASE WHEN $2 = 'visitor' AND preview IS NULL THEN left($3, 140) ELSE preview END
   WHERE id = $1 AND status <> 'closed'
     AND NOT EXISTS (SELECT 1 FROM bench_b2.messages WHERE consultation_id = $1 AND sender = $2 AND client_message_id = $4)
  RETURNING last_seq)
INSERT INTO bench_b2.messages (consultation_id, seq, sender, body, visibility, client_message_id)
SELECT $1, c.last_seq, $2, $3, 'all', $4 FROM c
RETURNING id, seq, created_at`;

export async function setUp(sql: Sql, consultations: number): Promise<string[]> {
  await sql.query('DROP SCHEMA IF EXISTS bench_b2 CASCADE');
  await sql.query('CREATE SCHEMA bench_b2');
  await sql.query(`CREATE TABLE bench_b2.consultations (
    id uuid PRIMARY KEY, status text NOT NULL, risk_rank integer NOT NULL DEFAULT 0, priority integer NOT NULL DEFAULT 0,
    assigned_staff_id uuid, last_seq integer NOT NULL DEFAULT 0, preview text,
    created_at timestamptz NOT NULL DEFAULT now(), last_activity_at timestamptz NOT NULL DEFAULT now())`);
  await sql.query(`CREATE INDEX ON bench_b2.consultations (risk_rank DESC, priority DESC, created_at, id) WHERE status = 'queued'`);
  await sql.query(`CREATE INDEX ON bench_b2.consultations (assigned_staff_id) WHERE status = 'active'`);
  await sql.query(`CREATE TABLE bench_b2.messages (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    consultation_id uuid NOT NULL REFERENCES bench_b2.consultations(id) ON DELETE CASCADE,
    seq integer NOT NULL, sender text NOT NULL, sender_staff_id uuid, sender_name text, body text NOT NULL,
    visibility text NOT NULL DEFAULT 'all', client_message_id text, created_at timestamptz NOT NULL DEFAULT now())`);
  await sql.query('CREATE UNIQUE INDEX ON bench_b2.messages (consultation_id, seq)');
  await sql.query('CREATE UNIQUE INDEX ON bench_b2.messages (consultation_id, sender, client_message_id)');
  const ids = Array.from({ length: consultations }, () => randomUUID());
  await sql.query(`INSERT INTO bench_b2.consultations (id, status, assigned_staff_id) SELECT unnest($1::uuid[]), 'active', gen_random_uuid()`, [ids]);
  return ids;
}

async function insertOne(sql: Sql, consultationId: string, n: number): Promise<void> {
  const body = `[b2-${n}] 今日は少しだけ外に出られました。でもまた不安になってしまって、話を聞いてもらえますか。`;
  const rows = await sql.query(B2_STATEMENT, [consultationId, n % 2 ? 'staff' : 'visitor', body, `b2-${n}`]);
  if (rows.length !== 1) throw new Error('B2: append wrote no row');
}

export async function runDbBaseline(
  sql: Sql,
  opts: { database: 'postgres' | 'pglite'; durationMs: number; warmupMs: number; concurrency: number; consultations: number; cpu: (() => number) | null },
): Promise<B2Result> {
  const ids = await setUp(sql, opts.consultations);
  const pick = () => ids[Math.floor(Math.random() * ids.length)] as string;
  let n = 0;
  // Warm-up: PGlite's WebAssembly needs about a second before it runs at full speed; pg needs its connections.
  const warmEnd = performance.now() + opts.warmupMs;
  await Promise.all(Array.from({ length: opts.concurrency }, async () => {
    while (performance.now() < warmEnd) await insertOne(sql, pick(), n++);
  }));
  const latency = new Latency();
  let inserts = 0;
  const cpu0 = opts.cpu?.();
  const t0 = performance.now();
  const end = t0 + opts.durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const s = performance.now();
      await insertOne(sql, pick(), n++);
      latency.record(performance.now() - s);
      inserts++;
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpu0 === undefined || !opts.cpu ? null : opts.cpu() - cpu0;
  const [check] = await sql.query<{ bad: string | number }>(
    `SELECT count(*) AS bad FROM (SELECT consultation_id FROM bench_b2.messages GROUP BY 1 HAVING count(*) <> max(seq)) g`,
  );
  await sql.query('DROP SCHEMA IF EXISTS bench_b2 CASCADE');
  return {
    database: opts.database,
    concurrency: opts.concurrency,
    inserts,
    seconds: Math.round(seconds * 100) / 100,
    rate: Math.round(inserts / seconds),
    latency: latency.summary(),
    cpuSecondsPer1000: cpu === null ? null : Math.round((cpu / (inserts / 1000)) * 1000) / 1000,
    seqGapFree: Number(check?.bad ?? 1) === 0,
  };
}
