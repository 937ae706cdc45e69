/**
 * The roster drives duty (issue 7), as plain functions of time. A person is "on shift" at an instant when one of
 * their shifts in a counselling role covers it, counting from DUTY_EARLY_MINUTES before its start (time to log in
 * and read the queue). The same window is written in SQL in staff.repository (`onShiftSql`) for claims, duty and
 * capacity; these functions are what the sweeper re-decides with and what the tests pin down.
 */
import { DUTY_EARLY_MINUTES, isCounselRole, SHIFT_REMINDER_MINUTES } from '@hidamari/shared';

export interface ShiftSpan {
  startsAt: Date;
  endsAt: Date;
  role: string;
}

const MINUTE = 60_000;

const counsels = (s: ShiftSpan): boolean => isCounselRole(s.role);

/** Whether this shift lets its person be on duty at `at`: from DUTY_EARLY_MINUTES before its start until (not at) its end. */
export function shiftCovers(s: ShiftSpan, at: Date): boolean {
  return counsels(s) && s.startsAt.getTime() - DUTY_EARLY_MINUTES * MINUTE <= at.getTime() && at.getTime() < s.endsAt.getTime();
}

export function onShift(shifts: readonly ShiftSpan[], at: Date): boolean {
  return shifts.some((s) => shiftCovers(s, at));
}

/** The "ends soon" reminder is due from SHIFT_REMINDER_MINUTES before the end until the end. */
export function reminderDue(s: Pick<ShiftSpan, 'endsAt'>, now: Date): boolean {
  const left = s.endsAt.getTime() - now.getTime();
  return left > 0 && left <= SHIFT_REMINDER_MINUTES * MINUTE;
}

export function shiftOver(s: Pick<ShiftSpan, 'endsAt'>, now: Date): boolean {
  return s.endsAt.getTime() <= now.getTime();
}

/** The instant from which the sweeper's queries select reminder candidates (ends_at <= this). */
export function reminderHorizon(now: Date): Date {
  return new Date(now.getTime() + SHIFT_REMINDER_MINUTES * MINUTE);
}
