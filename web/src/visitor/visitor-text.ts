import { waitRange, type CloseReason, type ErrorCode, type QueueStanding, type ServiceStatus } from '@hidamari/shared';

/** An i18n key with its values, so pure code can choose words without knowing the language. */
export interface Phrase {
  key: string;
  values?: Record<string, number | string>;
}

/** What the roster says about now (`GET /api/status`, the start ack's `service`, or the hours pushed with a standing). */
export interface Hours {
  open: boolean;
  nextOpening: string | null;
  /** While open: when the present cover ends. */
  closesAt?: string | null;
}

/**
 * The hours the whole page goes by: those pushed with the standing, else the status the page fetched. The pushed
 * ones carry no closing time; the fetched status (asked again when they change) adds it while both say the same.
 */
export function pageHours(pushed: Hours | null, status: ServiceStatus | null): Hours | null {
  const fetched = status && { open: status.open, nextOpening: status.nextOpening, closesAt: status.closesAt };
  if (!pushed) return fetched;
  return { ...pushed, closesAt: pushed.closesAt ?? (fetched?.open === pushed.open ? fetched.closesAt : null) };
}

/** A wait phrase, and the moment its `when` stands for: the page says it in the visitor's words (今夜 19:00 から / 15:40 ごろ). */
export interface WaitPhrase extends Phrase {
  when?: { iso: string; style: 'from' | 'around' | 'until' };
}

/** Beyond this many minutes a range of minutes says nothing useful: the visitor is told the time instead. */
export const MINUTES_SAID_UP_TO = 60;
const ROUND_MS = 10 * 60_000;

/**
 * What the waiting page says about the wait, always in agreement with the hours shown beside it:
 * - closed: when a counselor will read it (the next opening), never minutes, whatever the estimate;
 * - open with no estimate (nobody on duty now): that no estimate can be given, never a number;
 * - an estimate that runs past the end of today's hours: that the turn may not come before then (and what happens);
 * - beyond an hour: about when it will be read (rounded up to ten minutes), not a range of hundreds of minutes;
 * - otherwise a range of minutes, never a promised minute.
 */
export function describeWait(queue: QueueStanding, hours: Hours | null, now: Date = new Date()): WaitPhrase {
  if (hours && !hours.open) {
    return hours.nextOpening ? { key: 'waiting.readFrom', when: { iso: hours.nextOpening, style: 'from' } } : { key: 'waiting.readLater' };
  }
  if (queue.estimatedWaitSeconds === null) return { key: 'waiting.waitUnknown' };
  const eta = now.getTime() + queue.estimatedWaitSeconds * 1000;
  const closesAt = hours?.closesAt ? Date.parse(hours.closesAt) : NaN;
  if (!Number.isNaN(closesAt) && eta > closesAt) return { key: 'waiting.mayMissClosing', when: { iso: hours!.closesAt!, style: 'until' } };
  const { minMinutes, maxMinutes } = waitRange(queue.estimatedWaitSeconds);
  if (maxMinutes > MINUTES_SAID_UP_TO) {
    return { key: 'waiting.readAround', when: { iso: new Date(Math.ceil(eta / ROUND_MS) * ROUND_MS).toISOString(), style: 'around' } };
  }
  if (minMinutes === 0) return { key: 'waiting.waitUpTo', values: { max: maxMinutes } };
  return { key: 'waiting.waitRange', values: { min: minMinutes, max: maxMinutes } };
}

export function describePosition(queue: QueueStanding): Phrase {
  return { key: queue.position <= 1 ? 'waiting.positionNext' : 'waiting.position', values: { position: queue.position } };
}

export function closedMessageKey(reason: CloseReason | null): string {
  switch (reason) {
    case 'visitor_left': return 'closed.byVisitor';
    case 'counselor_closed': return 'closed.byCounselor';
    case 'inactive':
    case 'abandoned': return 'closed.inactive';
    default: return 'closed.generic';
  }
}

export type ActionContext = 'start' | 'resume' | 'send' | 'leave';

/** A friendly message for a failed action; the server's own message is never shown. */
export function errorKey(context: ActionContext, code: ErrorCode): string {
  if (code === 'RATE_LIMITED') return 'errors.rateLimited';
  if (code === 'CONSULTATION_CLOSED') return 'errors.closed';
  if (context === 'resume' && (code === 'NOT_FOUND' || code === 'UNAUTHENTICATED' || code === 'INVALID_PAYLOAD')) {
    return 'errors.resumeNotFound';
  }
  if (code === 'INVALID_PAYLOAD') return context === 'send' ? 'errors.invalidMessage' : 'errors.invalidForm';
  return context === 'start' || context === 'resume' ? 'errors.cannotConnect' : 'errors.tryAgain';
}
