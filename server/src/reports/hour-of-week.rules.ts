/**
 * Hour of the week in the service's time zone: 0 = Monday 00:00–01:00 … 167 = Sunday 23:00–24:00 (ISO weekdays).
 * The SQL side buckets arrivals the same way (`isodow`, `hour` of `created_at AT TIME ZONE tz`).
 */
export const HOURS_OF_WEEK = 168;
const HOUR = 3_600_000;
const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export interface HourOfWeek {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
}

export const hourOfWeekIndex = (h: HourOfWeek): number => (h.weekday - 1) * 24 + h.hour;
export const hourOfWeekOf = (index: number): HourOfWeek => ({ weekday: Math.floor(index / 24) + 1, hour: index % 24 });

/** A reader of local weekday and hour in `timeZone` (one formatter, reused: it is asked once per hour of a range). */
export function localHourReader(timeZone: string): (at: Date) => HourOfWeek {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
  return (at) => {
    let weekday = 0;
    let hour = 0;
    for (const p of fmt.formatToParts(at)) {
      if (p.type === 'weekday') weekday = WEEKDAY[p.value] ?? 0;
      else if (p.type === 'hour') hour = Number(p.value) % 24;
    }
    return { weekday, hour };
  };
}

/** The whole clock hours [start, start + 1 h) that begin in [from, to), in order. */
function* hourStarts(from: Date, to: Date): Generator<number> {
  for (let t = Math.ceil(from.getTime() / HOUR) * HOUR; t < to.getTime(); t += HOUR) yield t;
}

/** How many times each hour of the week occurs in [from, to): the divisor that turns totals into averages. */
export function hourOccurrences(from: Date, to: Date, timeZone: string): number[] {
  const out = new Array<number>(HOURS_OF_WEEK).fill(0);
  const local = localHourReader(timeZone);
  for (const t of hourStarts(from, to)) out[hourOfWeekIndex(local(new Date(t)))]! += 1;
  return out;
}

export interface Span {
  startsAt: Date;
  endsAt: Date;
}

/**
 * Rostered person-hours per hour of the week within [from, to): each shift adds the part of every clock hour it covers
 * (a shift 09:30–11:00 adds 0.5 to 09:00 and 1 to 10:00).
 */
export function rosteredHours(spans: readonly Span[], from: Date, to: Date, timeZone: string): number[] {
  const out = new Array<number>(HOURS_OF_WEEK).fill(0);
  const local = localHourReader(timeZone);
  const lo = from.getTime();
  const hi = to.getTime();
  for (const s of spans) {
    const start = Math.max(s.startsAt.getTime(), lo);
    const end = Math.min(s.endsAt.getTime(), hi);
    for (let h = Math.floor(start / HOUR) * HOUR; h < end; h += HOUR) {
      const covered = Math.min(end, h + HOUR) - Math.max(start, h);
      if (covered > 0) out[hourOfWeekIndex(local(new Date(h)))]! += covered / HOUR;
    }
  }
  return out;
}

/** The local calendar days (YYYY-MM-DD) that [from, to) touches, in order. */
export function localDays(from: Date, to: Date, timeZone: string): string[] {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const days: string[] = [];
  const last = fmt.format(new Date(to.getTime() - 1));
  for (let t = from.getTime(); ; t += HOUR) {
    const d = fmt.format(new Date(Math.min(t, to.getTime() - 1)));
    if (days[days.length - 1] !== d) days.push(d);
    if (d === last) return days;
  }
}
