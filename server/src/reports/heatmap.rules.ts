import type { ReportCell } from '@hidamari/shared';
import { HOURS_OF_WEEK, hourOfWeekOf } from './hour-of-week.rules.js';
import { suppressCount } from './suppress.rules.js';

export const HEATMAP_COLUMNS = [
  'weekday', 'hour', 'arrivals', 'avgArrivals', 'avgCounselors', 'arrivalsPerCounselor', 'overThreshold', 'noCounselor',
] as const;

export interface HeatmapInput {
  /** Arrivals per hour of the week over the whole range. */
  arrivals: readonly number[];
  /** How often each hour of the week occurs in the range. */
  occurrences: readonly number[];
  /** Rostered counselor-hours per hour of the week over the range. */
  counselorHours: readonly number[];
  threshold: number;
}

/**
 * Demand against the roster, one row per hour of the week. Counts and averages of hours with 1 to 4 arrivals are
 * withheld like every small group; the two marks are still set from the true figures, as they name an hour, not a person:
 * `overThreshold` when average arrivals per rostered counselor exceed the threshold, `noCounselor` when there was
 * demand and nobody was rostered at all.
 */
export function heatmapRows(input: HeatmapInput): ReportCell[][] {
  const rows: ReportCell[][] = [];
  for (let i = 0; i < HOURS_OF_WEEK; i++) {
    const { weekday, hour } = hourOfWeekOf(i);
    const n = input.arrivals[i] ?? 0;
    const occ = input.occurrences[i] ?? 0;
    const avgArrivals = occ > 0 ? n / occ : 0;
    const avgCounselors = occ > 0 ? (input.counselorHours[i] ?? 0) / occ : 0;
    const perCounselor = avgCounselors > 0 ? avgArrivals / avgCounselors : null;
    const shown = suppressCount(n);
    rows.push([
      weekday,
      hour,
      shown,
      shown === null ? null : round(avgArrivals, 2),
      round(avgCounselors, 2),
      shown === null || perCounselor === null ? null : round(perCounselor, 2),
      perCounselor !== null && perCounselor > input.threshold,
      n > 0 && avgCounselors === 0,
    ]);
  }
  return rows;
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;
