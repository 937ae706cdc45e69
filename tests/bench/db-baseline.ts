/**
 * B2: the database alone doing what one message costs — in one transaction, take the consultation's row lock while
 * bumping its last seq, then insert the message with that seq. Closed loop with as many workers as the service's
 * pool (PGlite: one connection), in a scratch schema of the same database the service uses.
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
  seqGapFree: boolean;
}

export const B2_STATEMENTS = [
  `UPDATE bench_b2.consultations SET last_seq = last_seq + 1, last_message_at = now() WHERE id = $1 AND status = 'active' RETURNING last_seq`,
  `INSERT INTO bench_b2.messages (consultation_id, seq, sender, body, visibility, client_message_id) VALUES ($1, $2, 'visitor', $3, 'all', $4) RETURNING id, created_at`,
] as const;

async function setUp(sql: Sql, consultations: number): Promise<string[]> {
  await sql.query('DROP SCHEMA IF EXISTS bench_b2 CASCADE');
  await sql.query('CREATE SCHEMA bench_b2');
  await sql.query(`CREATE TABLE bench_b2.consultations (
    id uuid PRIMARY KEY, status text NOT NULL, last_seq integer NOT NULL DEFAULT 0,
    last_message_at timestamptz, created_at timestamptz NOT NULL DEFAULT now())`);
  await sql.query(`CREATE TABLE bench_b2.messages (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    consultation_id uuid NOT NULL REFERENCES bench_b2.consultations(id),
    seq integer NOT NULL, sender text NOT NULL, body text NOT NULL, visibility text NOT NULL,
    client_message_id text, created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (consultation_id, seq), UNIQUE (consultation_id, client_message_id))`);
  const ids = Array.from({ length: consultations }, () => randomUUID());
  await sql.query(`INSERT INTO bench_b2.consultations (id, status) SELECT unnest($1::uuid[]), 'active'`, [ids]);
  return ids;
}

async function insertOne(sql: Sql, consultationId: string, n: number): Promise<void> {
  await sql.transaction(async (q) => {
    const [row] = await q<{ last_seq: number }>(B2_STATEMENTS[0], [consultationId]);
    if (!row) throw new Error('B2: consultation row missing');
    await q(B2_STATEMENTS[1], [consultationId, row.last_seq, `[b2-${n}] 今日は少しだけ外に出られました。話を聞いてもらえますか。`, `b2-${n}`]);
  });
}

export async function runDbBaseline(
  sql: Sql,
  opts: { database: 'postgres' | 'pglite'; durationMs: number; concurrency: number; consultations: number },
): Promise<B2Result> {
  const ids = await setUp(sql, opts.consultations);
  const pick = () => ids[Math.floor(Math.random() * ids.length)] as string;
  let n = 0;
  for (let i = 0; i < 100; i++) await insertOne(sql, pick(), n++); // warm-up: plans, caches
  const latency = new Latency();
  let inserts = 0;
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
    seqGapFree: Number(check?.bad ?? 1) === 0,
  };
}
