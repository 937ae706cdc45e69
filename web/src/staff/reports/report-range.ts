import { TZDate } from '@date-fns/tz';

/** A report period as the picker holds it: local calendar days in the service's zone, both ends included. */
export interface DayRange {
  fromDay: string;
  toDay: string;
}

/** Today's date (YYYY-MM-DD) in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The last `days` days up to and including today, in the service's zone (the page's default is 30). */
export function lastDays(days: number, timeZone: string, now: Date = new Date()): DayRange {
  const toDay = todayIn(timeZone, now);
  return { fromDay: shiftDay(toDay, -(days - 1)), toDay };
}

export function shiftDay(day: string, by: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + by)).toISOString().slice(0, 10);
}

/** The instants the API takes: local midnight of the first day to local midnight after the last. */
export function rangeQuery(r: DayRange, timeZone: string): string {
  return `from=${encodeURIComponent(midnight(r.fromDay, timeZone))}&to=${encodeURIComponent(midnight(shiftDay(r.toDay, 1), timeZone))}`;
}

export const isValidRange = (r: DayRange): boolean => /^\d{4}-\d{2}-\d{2}$/.test(r.fromDay) && /^\d{4}-\d{2}-\d{2}$/.test(r.toDay) && r.fromDay <= r.toDay;

function midnight(day: string, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, timeZone).getTime()).toISOString();
}
