import { TZDate } from '@date-fns/tz';
import { CoverageFlag, isCounselRole, MIN_STAFF_ON_DUTY, type Coverage } from '@hidamari/shared';
import { addDays, addHours, format, startOfDay, startOfHour } from 'date-fns';

const HOUR = 3_600_000;

export interface CoverageShift {
  staffId: string;
  startsAt: Date;
  endsAt: Date;
  role: string;
}

interface Count {
  counselors: number;
  supervisors: number;
  staff: number;
}

function countAt(shifts: readonly CoverageShift[], t: number): Count {
  const counselors = new Set<string>();
  const supervisors = new Set<string>();
  const staff = new Set<string>();
  for (const s of shifts) {
    if (s.startsAt.getTime() > t || t >= s.endsAt.getTime()) continue;
    staff.add(s.staffId);
    if (s.role === 'counselor') counselors.add(s.staffId);
    if (s.role === 'supervisor') supervisors.add(s.staffId);
  }
  return { counselors: counselors.size, supervisors: supervisors.size, staff: staff.size };
}

function flagsOf(c: Count): Set<CoverageFlag> {
  const flags = new Set<CoverageFlag>();
  // "No counselor" marks the hours nobody answers (the service is closed): a supervisor on shift answers too.
  if (c.counselors + c.supervisors === 0) flags.add(CoverageFlag.noCounselor);
  if (c.supervisors === 0) flags.add(CoverageFlag.noSupervisor);
  if (c.staff < MIN_STAFF_ON_DUTY) flags.add(CoverageFlag.underTwo);
  return flags;
}

/**
 * One local hour [start, end): the counts are the fewest on shift at any moment of it, and a flag is set when it
 * holds at any moment, so a half-hour gap between two shifts still marks its hour.
 */
function hourOf(shifts: readonly CoverageShift[], start: number, end: number): Coverage['hours'][number] {
  const moments = [start];
  for (const s of shifts) {
    for (const b of [s.startsAt.getTime(), s.endsAt.getTime()]) if (b > start && b < end) moments.push(b);
  }
  const counts = moments.map((t) => countAt(shifts, t));
  const flags = new Set(counts.flatMap((c) => [...flagsOf(c)]));
  return {
    start: new Date(start).toISOString(),
    counselors: Math.min(...counts.map((c) => c.counselors)),
    supervisors: Math.min(...counts.map((c) => c.supervisors)),
    staff: Math.min(...counts.map((c) => c.staff)),
    flags: [CoverageFlag.noCounselor, CoverageFlag.noSupervisor, CoverageFlag.underTwo].filter((f) => flags.has(f)),
  };
}

/** Hours of counsel shifts (counselor or supervisor) within [start, end). */
function counselHours(shifts: readonly CoverageShift[], start: number, end: number): number {
  let ms = 0;
  for (const s of shifts) {
    if (!isCounselRole(s.role)) continue;
    ms += Math.max(0, Math.min(end, s.endsAt.getTime()) - Math.max(start, s.startsAt.getTime()));
  }
  return Math.round((ms / HOUR) * 100) / 100;
}

/**
 * Coverage of [from, to) hour by hour on the local hours of `timeZone` (a day with a daylight-saving change has 23
 * or 25 of them), and counselor-hours per local day touching the window (whole days: pass the shifts of whole days).
 */
export function coverage(shifts: readonly CoverageShift[], from: Date, to: Date, timeZone: string): Coverage {
  const hours: Coverage['hours'] = [];
  for (let h = startOfHour(new TZDate(from.getTime(), timeZone)); h.getTime() < to.getTime(); h = addHours(h, 1)) {
    hours.push(hourOf(shifts, h.getTime(), addHours(h, 1).getTime()));
  }
  const days: Coverage['days'] = [];
  for (let d = startOfDay(new TZDate(from.getTime(), timeZone)); d.getTime() < to.getTime(); d = addDays(d, 1)) {
    days.push({ date: format(d, 'yyyy-MM-dd'), counselorHours: counselHours(shifts, d.getTime(), addDays(d, 1).getTime()) });
  }
  return { timezone: timeZone, hours, days };
}

/** The whole local days around [from, to): the shifts to read for `coverage`. */
export function wholeDays(from: Date, to: Date, timeZone: string): { from: Date; to: Date } {
  const start = startOfDay(new TZDate(from.getTime(), timeZone));
  const last = startOfDay(new TZDate(to.getTime() - 1, timeZone));
  return { from: new Date(start.getTime()), to: new Date(addDays(last, 1).getTime()) };
}
