import { TZDate } from '@date-fns/tz';
import { AppError, ErrorCode } from '@hidamari/shared';
import { addDays, addWeeks, format } from 'date-fns';
import { overlaps, timesRefusal, type Interval, type PlannedShift } from './shift.rules.js';

/** "Repeat weekly until" reaches at most a year ahead: a longer plan is more likely a mistyped year than a plan. */
export const MAX_REPEAT_WEEKS = 53;

/** A calendar date (`2026-03-23`) as the instant its day starts in `timeZone`. */
export function startOfLocalDate(date: string, timeZone: string): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, timeZone);
}

/** The calendar date of an instant in `timeZone`. */
export const localDate = (at: Date, timeZone: string): string => format(new TZDate(at.getTime(), timeZone), 'yyyy-MM-dd');

/** The seven local days from `weekStart`: 168 hours, or 167 / 169 in a week with a daylight-saving change. */
export function weekWindow(weekStart: string, timeZone: string): { from: Date; to: Date } {
  const from = startOfLocalDate(weekStart, timeZone);
  return { from: new Date(from.getTime()), to: new Date(addDays(from, 7).getTime()) };
}

/** The shift `weeks` weeks later at the same local wall-clock times (so 20:00–08:00 stays 20:00–08:00 across DST). */
export function weeksLater<T extends PlannedShift>(s: T, weeks: number, timeZone: string): PlannedShift {
  const move = (d: Date) => new Date(addWeeks(new TZDate(d.getTime(), timeZone), weeks).getTime());
  return { staffId: s.staffId, role: s.role, startsAt: move(s.startsAt), endsAt: move(s.endsAt) };
}

/** Every shift of the source week in each of the next `weeks` weeks. */
export function planCopyWeek(source: readonly PlannedShift[], weeks: number, timeZone: string): PlannedShift[] {
  return Array.from({ length: weeks }, (_, i) => source.map((s) => weeksLater(s, i + 1, timeZone))).flat();
}

/** The shift again every week while its local start date is on or before `until`. */
export function planRepeatWeekly(s: PlannedShift, until: string, timeZone: string): PlannedShift[] {
  const planned: PlannedShift[] = [];
  for (let k = 1; ; k++) {
    const next = weeksLater(s, k, timeZone);
    if (localDate(next.startsAt, timeZone) > until) break;
    if (k > MAX_REPEAT_WEEKS) {
      throw new AppError(ErrorCode.INVALID_PAYLOAD, `repeat at most ${MAX_REPEAT_WEEKS} weeks ahead`, 'until');
    }
    planned.push(next);
  }
  if (planned.length === 0) throw new AppError(ErrorCode.INVALID_PAYLOAD, 'until is before the shift’s next week', 'until');
  return planned;
}

/**
 * Checks a whole plan against itself and the people's existing shifts: the first problem, named by the local date of
 * the shift that has it, fails the whole operation (`field` is the request's field that chose those dates).
 */
export function planRefusal(
  planned: readonly PlannedShift[],
  existing: readonly (Interval & { staffId: string })[],
  timeZone: string,
  field: string,
): AppError | null {
  for (const [i, s] of planned.entries()) {
    const day = localDate(s.startsAt, timeZone);
    // Wall-clock copies over a daylight-saving change are an hour longer or shorter: one may pass the limit.
    const times = timesRefusal(s);
    if (times) return new AppError(times.code, `${day}: ${times.message}`, field);
    const mine = (o: { staffId: string }) => o.staffId === s.staffId;
    const clash = existing.some((o) => mine(o) && overlaps(s, o)) || planned.some((o, j) => j !== i && mine(o) && overlaps(s, o));
    if (clash) return new AppError(ErrorCode.CONFLICT, `${day}: overlaps another shift of the same person`, field);
  }
  return null;
}
