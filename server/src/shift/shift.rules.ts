import { AppError, ErrorCode, MAX_SHIFT_HOURS, type Role } from '@hidamari/shared';

const HOUR = 3_600_000;

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}
export interface PlannedShift extends Interval {
  staffId: string;
  role: Role;
}
/** What the rules need to know of the person a shift is for (undefined: no such person). */
export interface ShiftHolder {
  active: boolean;
  roles: readonly string[];
}

/** Half-open intervals: a shift ending at 17:00 and one starting at 17:00 do not overlap. */
export const overlaps = (a: Interval, b: Interval): boolean =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

export const covers = (s: Interval, at: Date): boolean =>
  s.startsAt.getTime() <= at.getTime() && at.getTime() < s.endsAt.getTime();

export function timesRefusal(s: Interval): AppError | null {
  const length = s.endsAt.getTime() - s.startsAt.getTime();
  if (length <= 0) return new AppError(ErrorCode.INVALID_PAYLOAD, 'endsAt must be after startsAt', 'endsAt');
  // Longer shifts are refused because nobody counsels well past that; the limit is the center's guidance, not a technical one.
  if (length > MAX_SHIFT_HOURS * HOUR) return new AppError(ErrorCode.INVALID_PAYLOAD, `a shift lasts at most ${MAX_SHIFT_HOURS} hours`, 'endsAt');
  return null;
}

export function holderRefusal(holder: ShiftHolder | undefined, role: Role): AppError | null {
  if (!holder) return new AppError(ErrorCode.INVALID_PAYLOAD, 'no such staff member', 'staffId');
  if (!holder.active) return new AppError(ErrorCode.INVALID_PAYLOAD, 'this staff member is deactivated', 'staffId');
  // A shift in a role the person does not hold would open the service with nobody able to answer.
  if (!holder.roles.includes(role)) return new AppError(ErrorCode.INVALID_PAYLOAD, `this person does not hold the ${role} role`, 'role');
  return null;
}

/** The first of `others` (the same person's other shifts) that `s` overlaps. */
export function firstOverlap<T extends Interval>(s: Interval, others: readonly T[]): T | undefined {
  return others.find((o) => overlaps(s, o));
}

/** Every check a single shift must pass, in the order a person fixes them: times, person and role, overlap. */
export function shiftRefusal(s: PlannedShift, holder: ShiftHolder | undefined, others: readonly Interval[]): AppError | null {
  const refusal = timesRefusal(s) ?? holderRefusal(holder, s.role);
  if (refusal) return refusal;
  const clash = firstOverlap(s, others);
  return clash
    ? new AppError(
        ErrorCode.CONFLICT,
        `overlaps another shift of this person (${clash.startsAt.toISOString()} – ${clash.endsAt.toISOString()})`,
        'startsAt',
      )
    : null;
}

/**
 * Whether a change ends, for its person, a shift that covered `now`: it was running and, after the change, this person
 * has no shift covering `now` (shortened to end by now, moved later, reassigned or deleted). `after` is the person's
 * shifts covering now once the change is made.
 */
export function endsRunningShift(before: Interval | null, afterCovering: readonly Interval[], now: Date): boolean {
  return before !== null && covers(before, now) && !afterCovering.some((s) => covers(s, now));
}

/**
 * The sweeper's once-per-shift marks for a shift as now planned: a shift that is already over needs no reminder and
 * no end handling (that is done at once, or it was in the past), one that ends later gets both afresh, so an
 * extended shift is reminded again before its new end.
 */
export function endMarks(endsAt: Date, now: Date): { remindedAt: Date | null; endHandledAt: Date | null } {
  const over = endsAt.getTime() <= now.getTime();
  return { remindedAt: over ? now : null, endHandledAt: over ? now : null };
}
