/**
 * Issue 12, routing as plain functions of time: a returning visitor's chat reserved for the counselor they asked for,
 * and a family's chat sent to the family team. The repository reads the facts, the service applies the decisions.
 */
import {
  AppError, canCounsel, ErrorCode, type Audience, type ConsultationStatus, type PreferChoice, type PreferredCounselor,
  type PreferredMode, type RiskLevel, type VisitorPreferred,
} from '@hidamari/shared';

/** The counselor of the latest earlier consultation of the history, as they are now. */
export interface AskedFor {
  staffId: string;
  active: boolean;
  roles: readonly string[];
  /** On duty and a shift of theirs covers now (what a claim needs). */
  onDuty: boolean;
}

export interface ShiftSpan {
  startsAt: Date;
  endsAt: Date;
}

export interface Reservation {
  staffId: string;
  mode: PreferredMode;
  until: Date;
}

/** The reservation columns of a consultation (null when none). */
export interface Reserved {
  status: ConsultationStatus;
  preferredStaffId: string | null;
  preferredMode: PreferredMode | null;
  preferredUntil: Date | null;
}

/**
 * What asking for the same counselor gives at start. On duty now: offered to them first for `offerSeconds`. Off duty:
 * kept for them until the end of their next shift, and the visitor is told when it starts; no shift planned (or they
 * may no longer counsel): no reservation, and `null` says so. No earlier counselor at all: nothing to tell.
 */
export function reservationAtStart(
  asked: AskedFor | null,
  nextShift: ShiftSpan | null,
  now: Date,
  offerSeconds: number,
): { reservation: Reservation | null; counselorNextShiftAt?: string | null } {
  if (!asked) return { reservation: null };
  if (!asked.active || !canCounsel(asked)) return { reservation: null, counselorNextShiftAt: null };
  if (asked.onDuty) return { reservation: { staffId: asked.staffId, mode: 'first', until: new Date(now.getTime() + offerSeconds * 1000) } };
  if (!nextShift || nextShift.endsAt <= now) return { reservation: null, counselorNextShiftAt: null };
  return { reservation: { staffId: asked.staffId, mode: 'wait', until: nextShift.endsAt }, counselorNextShiftAt: nextShift.startsAt.toISOString() };
}

/** A family's chat goes to the family team only while one of its members is there to take it, and never over a reservation. */
export function familyTeamAtStart(audience: Audience, reserved: boolean, familyTeam: string, membersOnDuty: number): string | null {
  return audience === 'family' && !reserved && familyTeam !== '' && membersOnDuty > 0 ? familyTeam : null;
}

export function reservationInForce(c: Reserved, now: Date): boolean {
  return c.status === 'queued' && c.preferredStaffId !== null && c.preferredUntil !== null && c.preferredUntil > now;
}

/**
 * A claim of a chat reserved for another counselor, decided on the won row. A chat at high risk is never held back
 * for one person: whoever is there takes it (risk comes first, as with a supervisor's takeover).
 */
export function reservedClaimRefusal(c: Reserved & { riskLevel: RiskLevel }, claimantId: string, now: Date): AppError | null {
  // `status` of the won row is already 'active': the reservation is read as it stood while queued.
  if (c.riskLevel === 'high' || !reservationInForce({ ...c, status: 'queued' }, now) || c.preferredStaffId === claimantId) return null;
  return new AppError(ErrorCode.RESERVED_FOR_COUNSELOR, 'this chat is offered first to the counselor the visitor asked for');
}

/** Not closed as abandoned or inactive: the visitor chose to wait (or leave a message) for their counselor, who is not on yet. */
export function keepsWaiting(c: Pick<Reserved, 'status' | 'preferredMode' | 'preferredUntil'>, now: Date): boolean {
  return c.status === 'queued' && (c.preferredMode === 'wait' || c.preferredMode === 'message') && c.preferredUntil !== null && c.preferredUntil > now;
}

export type PreferDecision = { clear: true } | { mode: 'wait' | 'message' } | 'unchanged';

/**
 * `consultation:prefer`: only a waiting chat. `anyone` ends a reservation (and is a no-op once it has ended, e.g. the
 * sweeper got there first); `wait`/`message` need a reservation in force and keep its end.
 */
export function preferDecision(c: Reserved | null, choice: PreferChoice, now: Date): PreferDecision | AppError {
  if (!c) return new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
  if (c.status !== 'queued') return new AppError(ErrorCode.CONFLICT, 'the chat is no longer waiting');
  const reserved = reservationInForce(c, now);
  if (choice === 'anyone') return reserved ? { clear: true } : 'unchanged';
  if (!reserved) return new AppError(ErrorCode.CONFLICT, 'the chat is not reserved for a counselor');
  return c.preferredMode === choice ? 'unchanged' : { mode: choice };
}

/** When the awaited shift starts, for a wait/message reservation; null once it has begun, when unknown, or while offered first. */
export function nextShiftAtFor(mode: PreferredMode, shiftStartsAt: Date | null, now: Date): string | null {
  return mode !== 'first' && shiftStartsAt && shiftStartsAt > now ? shiftStartsAt.toISOString() : null;
}

/** A waiting visitor's estimate while they wait for their counselor: until that shift starts (null: unknown). */
export function waitForCounselorSeconds(nextShiftAt: string | null | undefined, now: Date): number | null {
  return nextShiftAt ? Math.max(0, Math.round((Date.parse(nextShiftAt) - now.getTime()) / 1000)) : null;
}

/** A reservation in force as read with its counselor's name and the start of the awaited shift (routingRepository.preferredFor). */
export interface PreferredFacts {
  staffId: string;
  name: string;
  mode: PreferredMode;
  until: Date;
  shiftStartsAt: Date | null;
}

export function toPreferredCounselor(p: PreferredFacts, now: Date): PreferredCounselor {
  return { staffId: p.staffId, name: p.name, mode: p.mode, until: p.until.toISOString(), nextShiftAt: nextShiftAtFor(p.mode, p.shiftStartsAt, now) };
}

export function visitorPreferred(p: PreferredCounselor): VisitorPreferred {
  return { counselorName: p.name, mode: p.mode, until: p.until, nextShiftAt: p.nextShiftAt ?? null };
}
