/**
 * The roster week as a horizontal timeline, in the service's time zone. Positions are wall-clock minutes from the
 * week's Monday 00:00 (a day is always 1440 columns-minutes wide, as calendars draw it), so a 23- or 25-hour DST day
 * keeps its hour lines where people expect them; turning a position back into an instant goes through TZDate.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, startOfWeek } from 'date-fns';

export const DAY_MINUTES = 1440;
export const WEEK_MINUTES = 7 * DAY_MINUTES;

/** A position or length on the week's timeline as a CSS percentage. */
export const pctOfWeek = (minutes: number): string => `${(minutes / WEEK_MINUTES) * 100}%`;
export const SNAP_MINUTES = 15;

/** Monday 00:00 (local) of the week holding `instant`. */
export function weekStartOf(instant: Date | number | string, timeZone: string): TZDate {
  return startOfWeek(new TZDate(new Date(instant).getTime(), timeZone), { weekStartsOn: 1 });
}

/** The week `weeks` weeks away from `weekStart` (same local Monday 00:00, whatever DST does in between). */
export function shiftWeek(weekStart: TZDate, weeks: number): TZDate {
  return addDays(weekStart, weeks * 7);
}

/** The seven local days of the week, each at 00:00. */
export function weekDays(weekStart: TZDate): TZDate[] {
  return Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
}

/** `yyyy-MM-dd` of a local day (the wire's LocalDate). */
export function localDate(day: TZDate): string {
  return format(day, 'yyyy-MM-dd');
}

/** Wall-clock minutes from `weekStart` to `instant` (negative before the week, ≥ WEEK_MINUTES after it). */
export function gridMinutes(instant: Date | number | string, weekStart: TZDate): number {
  const local = new TZDate(new Date(instant).getTime(), weekStart.timeZone ?? 'UTC');
  return differenceInCalendarDays(local, weekStart) * DAY_MINUTES + local.getHours() * 60 + local.getMinutes();
}

/** The instant at a grid position. A wall-clock time that DST skips lands just after the gap. */
export function instantAt(weekStart: TZDate, minutes: number): Date {
  const day = Math.floor(minutes / DAY_MINUTES);
  const rest = minutes - day * DAY_MINUTES;
  const tz = weekStart.timeZone ?? 'UTC';
  return new Date(new TZDate(weekStart.getFullYear(), weekStart.getMonth(), weekStart.getDate() + day, 0, rest, tz).getTime());
}

/** Nearest multiple of `step` minutes. */
export function snap(minutes: number, step = SNAP_MINUTES): number {
  return Math.round(minutes / step) * step;
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** Where a shift sits on the week's timeline (clipped to the week), or null when it is outside it. */
export interface BlockPlacement {
  start: number;
  end: number;
  /** The shift goes on before the week's start / after its end. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export function placeBlock(startsAt: string, endsAt: string, weekStart: TZDate): BlockPlacement | null {
  const s = gridMinutes(startsAt, weekStart);
  const e = gridMinutes(endsAt, weekStart);
  if (e <= 0 || s >= WEEK_MINUTES) return null;
  return { start: Math.max(0, s), end: Math.min(WEEK_MINUTES, e), clippedStart: s < 0, clippedEnd: e > WEEK_MINUTES };
}

/** Grid minutes at a pointer's x inside a track `width` pixels wide, snapped. */
export function minutesAtX(x: number, width: number): number {
  return clamp(snap((x / width) * WEEK_MINUTES), 0, WEEK_MINUTES);
}

/** A shift moved (both ends) or resized (one end) by `delta` wall-clock minutes, as instants: 22:00–06:00 stays 22:00–06:00 across a DST night. */
export function nudge(startsAt: string, endsAt: string, delta: number, mode: 'move' | 'resize-end' | 'resize-start', weekStart: TZDate) {
  const s = gridMinutes(startsAt, weekStart);
  const e = gridMinutes(endsAt, weekStart);
  // A resize never turns a shift inside out: it keeps at least one snap step.
  const start = mode === 'resize-end' ? s : mode === 'resize-start' ? Math.min(s + delta, e - SNAP_MINUTES) : s + delta;
  const end = mode === 'resize-start' ? e : mode === 'resize-end' ? Math.max(e + delta, s + SNAP_MINUTES) : e + delta;
  return { startsAt: instantAt(weekStart, start).toISOString(), endsAt: instantAt(weekStart, end).toISOString() };
}
