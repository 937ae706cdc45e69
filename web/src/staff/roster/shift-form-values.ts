/** The shift form's fields (a local date and two wall-clock times) to and from the wire's instants. */
import { TZDate } from '@date-fns/tz';
import { MAX_SHIFT_HOURS, type Role } from '@hidamari/shared';
import { addDays, format } from 'date-fns';

export interface ShiftFormValues {
  staffId: string;
  /** `yyyy-MM-dd`, the start's local date. */
  date: string;
  /** `HH:mm` local. */
  start: string;
  /** `HH:mm` local; at or before `start` means the next day (a night shift). */
  end: string;
  role: Role;
}

export type FormField = 'staffId' | 'date' | 'start' | 'end' | 'role';

function at(date: string, time: string, timeZone: string, plusDays = 0): TZDate | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  return new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + plusDays, Number(t[1]), Number(t[2]), timeZone);
}

/** Instants for the form's values, or the field to fix. An end at or before the start is read as the next day. */
export function formToInterval(
  v: Pick<ShiftFormValues, 'date' | 'start' | 'end'>,
  timeZone: string,
): { startsAt: string; endsAt: string } | { field: FormField; reason: 'required' | 'tooLong' } {
  const starts = at(v.date, v.start, timeZone);
  if (!starts) return { field: v.date ? 'start' : 'date', reason: 'required' };
  const sameDay = at(v.date, v.end, timeZone);
  if (!sameDay) return { field: 'end', reason: 'required' };
  const ends = v.end > v.start ? sameDay : at(v.date, v.end, timeZone, 1)!;
  if (ends.getTime() - starts.getTime() > MAX_SHIFT_HOURS * 3_600_000) return { field: 'end', reason: 'tooLong' };
  return { startsAt: new Date(starts.getTime()).toISOString(), endsAt: new Date(ends.getTime()).toISOString() };
}

/** The form's date and times for a shift's instants. */
export function intervalToForm(startsAt: string, endsAt: string, timeZone: string): Pick<ShiftFormValues, 'date' | 'start' | 'end'> {
  const s = new TZDate(Date.parse(startsAt), timeZone);
  const e = new TZDate(Date.parse(endsAt), timeZone);
  return { date: format(s, 'yyyy-MM-dd'), start: format(s, 'HH:mm'), end: format(e, 'HH:mm') };
}

/** The local date after `date` (for "until" defaults). */
export function nextDate(date: string, days: number, timeZone: string): string {
  const d = at(date, '00:00', timeZone)!;
  return format(addDays(d, days), 'yyyy-MM-dd');
}
