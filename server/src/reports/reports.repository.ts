import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/raw.js';

/** The range every report reads: consultations that arrived in [from, to), the service's zone for local buckets. */
export interface Range {
  from: Date;
  to: Date;
  timeZone: string;
}

const arrived = (r: Range): SQL => sql`c.created_at >= ${r.from.toISOString()}::timestamptz AND c.created_at < ${r.to.toISOString()}::timestamptz`;
/** Started while the service was open (rows from before the mark count as open). */
const openHours = sql`NOT coalesce(c.started_off_hours, false)`;
const waitS = sql`extract(epoch from (c.first_claimed_at - c.created_at))::float8`;
const abandoned = sql`c.status = 'closed' AND c.first_claimed_at IS NULL`;
const local = (r: Range): SQL => sql`(c.created_at AT TIME ZONE ${r.timeZone})`;

export interface WaitFigures {
  n: number;
  taken: number;
  p50: number | null;
  p90: number | null;
  within5: number;
  leftAfter5: number;
}

export interface OverviewCounts extends WaitFigures {
  self: number;
  family: number;
  abandoned: number;
  risk: number;
}

/** Read-only SQL for reports. Messages are never read: they are purged after the retention period, these rows are not. */
export const reportsRepository = {
  async overview(db: Db, r: Range): Promise<OverviewCounts> {
    const [row] = await rows<Omit<OverviewCounts, 'p50' | 'p90'> & { pct: unknown }>(db, sql`
      SELECT count(*)::int AS n,
             count(*) FILTER (WHERE c.audience = 'self')::int AS self,
             count(*) FILTER (WHERE c.audience = 'family')::int AS family,
             count(*) FILTER (WHERE ${abandoned})::int AS abandoned,
             count(*) FILTER (WHERE c.risk_level <> 'none')::int AS risk,
             ${waitColumns}
        FROM consultations c WHERE ${arrived(r)}`);
    return withPercentiles(row!);
  },

  /** Counts by a grouping key (audience, topic, risk level …) within the range. */
  async countBy(db: Db, r: Range, key: 'topic' | 'audience' | 'risk_level'): Promise<Map<string, number>> {
    const found = await rows<{ k: string; n: number }>(db, sql`
      SELECT ${sql.raw(`c.${key}`)} AS k, count(*)::int AS n FROM consultations c WHERE ${arrived(r)} GROUP BY 1`);
    return new Map(found.map((x) => [x.k, x.n]));
  },

  /** Waiting figures per audience ('all' too), open-hours arrivals only. */
  async waitByAudience(db: Db, r: Range): Promise<(WaitFigures & { audience: string })[]> {
    const found = await rows<Omit<WaitFigures, 'p50' | 'p90'> & { audience: string; pct: unknown }>(db, sql`
      SELECT coalesce(c.audience, 'all') AS audience, count(*)::int AS n, ${waitColumns}
        FROM consultations c WHERE ${arrived(r)} GROUP BY ROLLUP (c.audience)`);
    return found.map(withPercentiles);
  },

  /** Arrivals by local day (YYYY-MM-DD), audience and topic. */
  async byDay(db: Db, r: Range): Promise<{ day: string; audience: string; topic: string; n: number }[]> {
    return rows(db, sql`
      SELECT to_char(${local(r)}, 'YYYY-MM-DD') AS day, c.audience, c.topic, count(*)::int AS n
        FROM consultations c WHERE ${arrived(r)} GROUP BY 1, 2, 3`);
  },

  /** Arrivals by local hour of the week (0 = Monday 00 h), audience and topic. */
  async byHourOfWeek(db: Db, r: Range): Promise<{ how: number; audience: string; topic: string; n: number }[]> {
    return rows(db, sql`
      SELECT ((extract(isodow FROM ${local(r)})::int - 1) * 24 + extract(hour FROM ${local(r)})::int) AS how,
             c.audience, c.topic, count(*)::int AS n
        FROM consultations c WHERE ${arrived(r)} GROUP BY 1, 2, 3`);
  },

  /** Off-hours arrivals per audience ('all' too): how many, how many a counselor took, and how long that took. */
  async offHours(db: Db, r: Range) {
    const found = await rows<{ audience: string; n: number; read: number; pct: unknown; unread: number }>(db, sql`
      SELECT coalesce(c.audience, 'all') AS audience, count(*)::int AS n,
             count(c.first_claimed_at)::int AS read,
             percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY ${waitS}) FILTER (WHERE c.first_claimed_at IS NOT NULL) AS pct,
             count(*) FILTER (WHERE ${abandoned})::int AS unread
        FROM consultations c WHERE ${arrived(r)} AND c.started_off_hours GROUP BY ROLLUP (c.audience)`);
    return found.map(withPercentiles);
  },

  /** Seconds from arrival to leaving, of consultations closed before anyone took them. */
  async abandonment(db: Db, r: Range, edges: readonly number[]) {
    return durationBuckets(db, r, sql`extract(epoch from (c.closed_at - c.created_at))::float8`, abandoned, edges);
  },

  /** Seconds from the first counselor taking the chat to its close. */
  async handleTime(db: Db, r: Range, edges: readonly number[]) {
    return durationBuckets(db, r, sql`extract(epoch from (c.closed_at - c.first_claimed_at))::float8`,
      sql`c.status = 'closed' AND c.first_claimed_at IS NOT NULL`, edges);
  },

  /** Escalations raised in the range, by level: how many, and of how many consultations. */
  async escalations(db: Db, r: Range): Promise<{ level: string; n: number; consultations: number }[]> {
    return rows(db, sql`
      SELECT e.level, count(*)::int AS n, count(DISTINCT e.consultation_id)::int AS consultations
        FROM escalations e
       WHERE e.created_at >= ${r.from.toISOString()}::timestamptz AND e.created_at < ${r.to.toISOString()}::timestamptz
       GROUP BY 1`);
  },

  /** Per staff member: chats they ended up holding (arrived in range), their handle time, escalations they raised. */
  async counselors(db: Db, r: Range) {
    return rows<{ staffId: string; name: string; handled: number; p50: number | null; mean: number | null; escalations: number }>(db, sql`
      WITH h AS (
        SELECT c.assigned_staff_id AS id, count(*)::int AS handled,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch from (c.closed_at - c.first_claimed_at))::float8)
                 FILTER (WHERE c.status = 'closed' AND c.first_claimed_at IS NOT NULL) AS p50,
               avg(extract(epoch from (c.closed_at - c.first_claimed_at))::float8)
                 FILTER (WHERE c.status = 'closed' AND c.first_claimed_at IS NOT NULL) AS mean
          FROM consultations c WHERE ${arrived(r)} AND c.assigned_staff_id IS NOT NULL GROUP BY 1
      ), e AS (
        SELECT e.raised_by AS id, count(*)::int AS n FROM escalations e
         WHERE e.created_at >= ${r.from.toISOString()}::timestamptz AND e.created_at < ${r.to.toISOString()}::timestamptz
           AND e.raised_by IS NOT NULL GROUP BY 1
      )
      SELECT s.id AS "staffId", s.display_name AS name, coalesce(h.handled, 0) AS handled, h.p50, h.mean,
             coalesce(e.n, 0) AS escalations
        FROM staff s LEFT JOIN h ON h.id = s.id LEFT JOIN e ON e.id = s.id
       WHERE h.id IS NOT NULL OR e.id IS NOT NULL
       ORDER BY s.display_name`);
  },

  /** Family consultations that arrived in the range, grouped by their intake answers (null: not answered). */
  async familyGroups(db: Db, r: Range): Promise<{ relationship: string | null; ageBand: string | null; duration: string | null; hopes: string[] | null; n: number }[]> {
    const found = await rows<{ relationship: string | null; ageBand: string | null; duration: string | null; hopes: string[] | string | null; n: number }>(db, sql`
      SELECT c.family_relationship AS relationship, c.family_age_band AS "ageBand", c.family_duration AS duration,
             c.family_hopes AS hopes, count(*)::int AS n
        FROM consultations c WHERE ${arrived(r)} AND c.audience = 'family' GROUP BY 1, 2, 3, 4`);
    return found.map((f) => ({ ...f, hopes: typeof f.hopes === 'string' ? parsePgTextArray(f.hopes) : f.hopes }));
  },

  /** Referral cards sent in the range, by the kind and area they carried when sent; and how many consultations got one. */
  async referralGroups(db: Db, r: Range): Promise<{ kind: string; prefecture: string; municipality: string | null; n: number }[]> {
    return rows(db, sql`
      SELECT f.kind, f.prefecture, f.municipality, count(*)::int AS n FROM referrals f
       WHERE f.created_at >= ${r.from.toISOString()}::timestamptz AND f.created_at < ${r.to.toISOString()}::timestamptz
       GROUP BY 1, 2, 3`);
  },

  async referralConsultations(db: Db, r: Range): Promise<number> {
    const [row] = await rows<{ n: number }>(db, sql`
      SELECT count(DISTINCT f.consultation_id)::int AS n FROM referrals f
       WHERE f.created_at >= ${r.from.toISOString()}::timestamptz AND f.created_at < ${r.to.toISOString()}::timestamptz`);
    return row?.n ?? 0;
  },

  /** Counselor and supervisor shifts overlapping the range (the people rostered to answer). */
  async counselShifts(db: Db, r: Range): Promise<{ startsAt: Date; endsAt: Date }[]> {
    const found = await rows<{ s: string; e: string }>(db, sql`
      SELECT s.starts_at AS s, s.ends_at AS e FROM shifts s
       WHERE s.starts_at < ${r.to.toISOString()}::timestamptz AND s.ends_at > ${r.from.toISOString()}::timestamptz
         AND s.role IN ('counselor', 'supervisor')`);
    return found.map((x) => ({ startsAt: new Date(x.s), endsAt: new Date(x.e) }));
  },
};

/**
 * Both percentiles from one sort (`percentile_cont` of an array); linear interpolation between the two nearest values,
 * as a spreadsheet's PERCENTILE does.
 */
function withPercentiles<T extends { pct: unknown }>(row: T): Omit<T, 'pct'> & { p50: number | null; p90: number | null } {
  const { pct, ...rest } = row;
  const arr = pct === null || pct === undefined ? null : Array.isArray(pct) ? pct : String(pct).replace(/[{}]/g, '').split(',');
  return { ...rest, p50: num(arr?.[0] as number | string | null), p90: num(arr?.[1] as number | string | null) };
}

/** percentile_cont interpolates linearly between the two nearest values, as a spreadsheet's PERCENTILE does. */
const waitColumns = sql`
  count(*) FILTER (WHERE ${openHours} AND c.first_claimed_at IS NOT NULL)::int AS taken,
  percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY ${waitS}) FILTER (WHERE ${openHours} AND c.first_claimed_at IS NOT NULL) AS pct,
  count(*) FILTER (WHERE ${openHours} AND c.first_claimed_at IS NOT NULL AND c.first_claimed_at - c.created_at <= interval '5 minutes')::int AS within5,
  count(*) FILTER (WHERE ${openHours} AND ${abandoned} AND c.closed_at - c.created_at >= interval '5 minutes')::int AS "leftAfter5"`;

/** How many durations fall in each [edges[i], edges[i+1]) (the last bucket open-ended), with their median. */
async function durationBuckets(db: Db, r: Range, seconds: SQL, where: SQL, edges: readonly number[]) {
  const [found] = await rows<{ n: number; pct: unknown; mean: number | null; buckets: number[] | string }>(db, sql`
    SELECT count(*)::int AS n,
           percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY d.s) AS pct,
           avg(d.s) AS mean,
           array[${sql.join(edges.map((lo, i) => {
             const hi = edges[i + 1];
             return hi === undefined
               ? sql`count(*) FILTER (WHERE d.s >= ${lo})::int`
               : sql`count(*) FILTER (WHERE d.s >= ${lo} AND d.s < ${hi})::int`;
           }), sql`, `)}] AS buckets
      FROM (SELECT ${seconds} AS s FROM consultations c WHERE ${arrived(r)} AND ${where}) d`);
  const row = withPercentiles(found!);
  const buckets = typeof row.buckets === 'string' ? parsePgIntArray(row.buckets) : row.buckets;
  return { n: row.n, p50: row.p50, p90: row.p90, mean: num(row.mean), buckets };
}

const parsePgIntArray = (s: string): number[] => s.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
/** A text[] as the driver may send it (`{talk,support}`); intake answers are plain ids, never quoted. */
const parsePgTextArray = (s: string): string[] => s.replace(/[{}"]/g, '').split(',').filter(Boolean);
export const num = (v: number | string | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));
