/** Coverage hours (from the server) as runs on the week's timeline, one list per flag, so a gap draws as one mark. */
import type { TZDate } from '@date-fns/tz';
import { CoverageFlag, type Coverage } from '@hidamari/shared';
import { gridMinutes, WEEK_MINUTES } from './week-grid';

export const FLAGS = [CoverageFlag.noCounselor, CoverageFlag.noSupervisor, CoverageFlag.underTwo] as const;
/** Each flag's symbol, so a mark reads without its colour. */
export const COVERAGE_MARK = { no_counselor: '×', no_supervisor: '△', under_two: '!' } as const;

export interface Run {
  start: number;
  end: number;
}

export function coverageRuns(hours: Coverage['hours'], weekStart: TZDate): Record<CoverageFlag, Run[]> {
  const runs: Record<CoverageFlag, Run[]> = { no_counselor: [], no_supervisor: [], under_two: [] };
  for (const h of hours) {
    const start = gridMinutes(h.start, weekStart);
    // An hour is 60 wall-clock minutes, except where the fall-back hour repeats: it then sits on the one before.
    const end = Math.min(start + 60, WEEK_MINUTES);
    if (end <= 0 || start >= WEEK_MINUTES) continue;
    for (const flag of h.flags) {
      const list = runs[flag];
      const last = list[list.length - 1];
      if (last && last.end >= start) last.end = Math.max(last.end, end);
      else list.push({ start: Math.max(0, start), end });
    }
  }
  return runs;
}

/** Counselor-hours of each local day, by `yyyy-MM-dd`. */
export function counselorHoursByDate(days: Coverage['days']): Map<string, number> {
  return new Map(days.map((d) => [d.date, d.counselorHours]));
}
