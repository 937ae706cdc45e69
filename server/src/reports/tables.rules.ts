import { TOPICS, type ReportCell, type ReportOverview } from '@hidamari/shared';
import { HOURS_OF_WEEK, hourOfWeekOf } from './hour-of-week.rules.js';
import { figureOf, shareOf, suppressCount } from './suppress.rules.js';

/** Pure builders: repository figures in, report rows out (with every small group suppressed). */

export interface WaitRow {
  n: number;
  taken: number;
  p50: number | null;
  p90: number | null;
  within5: number;
  leftAfter5: number;
}

export interface OverviewInput extends WaitRow {
  self: number;
  family: number;
  abandoned: number;
  risk: number;
  byTopic: ReadonlyMap<string, number>;
  escalations: ReadonlyMap<string, number>;
  surveyResponses: number;
  helpful: { answers: number; average: number | null };
}

/** Share answered within 5 minutes: of those taken, or left having waited 5 minutes or more (quicker leavers are not held against it). */
export const within5Rate = (w: WaitRow): number | null => shareOf(w.within5, w.taken + w.leftAfter5);

export function overviewOf(i: OverviewInput): ReportOverview {
  return {
    consultations: {
      total: suppressCount(i.n),
      byAudience: { self: suppressCount(i.self), family: suppressCount(i.family) },
      byTopic: Object.fromEntries(TOPICS.map((t) => [t, suppressCount(i.byTopic.get(t) ?? 0)])),
    },
    waitSeconds: { p50: figureOf(i.taken, i.p50), p90: figureOf(i.taken, i.p90) },
    answeredWithin5MinRate: within5Rate(i),
    abandoned: suppressCount(i.abandoned),
    escalations: {
      consult: suppressCount(i.escalations.get('consult') ?? 0),
      urgent: suppressCount(i.escalations.get('urgent') ?? 0),
      emergency: suppressCount(i.escalations.get('emergency') ?? 0),
    },
    riskFlagged: suppressCount(i.risk),
    survey: { responses: suppressCount(i.surveyResponses), helpfulAverage: figureOf(i.helpful.answers, i.helpful.average, 2) },
  };
}

/** The overview as a two-column table (its CSV): dotted metric names, the same values. */
export function overviewRows(o: ReportOverview): ReportCell[][] {
  const out: ReportCell[][] = [];
  const walk = (prefix: string, v: unknown) => {
    if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    else out.push([prefix, v as ReportCell]);
  };
  walk('', o);
  return out;
}

/** Column ids of an audience and topic mix (a topic id may equal an audience id: `family`). */
export const MIX_COLUMNS = ['total', 'audience.self', 'audience.family', ...TOPICS.map((t) => `topic.${t}` as const)] as const;

/** Counts by key (a day, an hour of the week) split by audience and topic, each cell suppressed on its own. */
export function mixRows(keys: readonly (readonly ReportCell[])[], keyOf: (i: number) => string, found: readonly { k: string; audience: string; topic: string; n: number }[]): ReportCell[][] {
  const sums = new Map<string, Map<string, number>>();
  for (const f of found) {
    const m = sums.get(f.k) ?? new Map<string, number>();
    m.set('total', (m.get('total') ?? 0) + f.n);
    m.set(`audience.${f.audience}`, (m.get(`audience.${f.audience}`) ?? 0) + f.n);
    m.set(`topic.${f.topic}`, (m.get(`topic.${f.topic}`) ?? 0) + f.n);
    sums.set(f.k, m);
  }
  return keys.map((key, i) => {
    const m = sums.get(keyOf(i));
    return [...key, ...MIX_COLUMNS.map((c) => suppressCount(m?.get(c) ?? 0))];
  });
}

/** The 168 hours of the week as [weekday, hour] key cells. */
export const weekHourKeys = (): ReportCell[][] => Array.from({ length: HOURS_OF_WEEK }, (_, i) => {
  const h = hourOfWeekOf(i);
  return [h.weekday, h.hour];
});

export const WAIT_COLUMNS = ['audience', 'consultations', 'taken', 'p50Seconds', 'p90Seconds', 'answeredWithin5MinRate'] as const;
export function waitRows(found: readonly (WaitRow & { audience: string })[]): ReportCell[][] {
  return audienceOrder(found).map((w) => [
    w.audience, suppressCount(w.n), suppressCount(w.taken), figureOf(w.taken, w.p50), figureOf(w.taken, w.p90), within5Rate(w),
  ]);
}

export const OFF_HOURS_COLUMNS = ['audience', 'offHours', 'read', 'p50SecondsToRead', 'p90SecondsToRead', 'leftUnread'] as const;
export function offHoursRows(found: readonly { audience: string; n: number; read: number; p50: number | null; p90: number | null; unread: number }[]): ReportCell[][] {
  return audienceOrder(found).map((o) => [
    o.audience, suppressCount(o.n), suppressCount(o.read), figureOf(o.read, o.p50), figureOf(o.read, o.p90), suppressCount(o.unread),
  ]);
}

/** 'all' first, then self and family, each present even when nothing arrived. */
function audienceOrder<T extends { audience: string }>(found: readonly T[]): T[] {
  const empty = (audience: string) => ({ audience, n: 0, taken: 0, p50: null, p90: null, within5: 0, leftAfter5: 0, read: 0, unread: 0 }) as unknown as T;
  return ['all', 'self', 'family'].map((a) => found.find((f) => f.audience === a) ?? empty(a));
}

/** Duration buckets in seconds: their lower edges, the last one open-ended. */
export const ABANDON_EDGES = [0, 60, 300, 900, 3600] as const;
export const HANDLE_EDGES = [0, 600, 1800, 3600, 7200] as const;
export const BUCKET_COLUMNS = ['fromSeconds', 'toSeconds', 'consultations'] as const;
export function bucketRows(edges: readonly number[], counts: readonly number[]): ReportCell[][] {
  return edges.map((lo, i) => [lo, edges[i + 1] ?? '', suppressCount(counts[i] ?? 0)]);
}

export interface Durations {
  n: number;
  p50: number | null;
  p90: number | null;
  mean: number | null;
}
export const durationMeta = (d: Durations): Record<string, number | null> => ({
  consultations: suppressCount(d.n), p50Seconds: figureOf(d.n, d.p50), p90Seconds: figureOf(d.n, d.p90), meanSeconds: figureOf(d.n, d.mean),
});
