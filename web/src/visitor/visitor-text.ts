import { waitRange, type CloseReason, type ErrorCode, type QueueStanding } from '@hidamari/shared';

/** An i18n key with its values, so pure code can choose words without knowing the language. */
export interface Phrase {
  key: string;
  values?: Record<string, number | string>;
}

/** What the roster says about now (`GET /api/status`, or the start ack's `service`). */
export interface Hours {
  open: boolean;
  nextOpening: string | null;
}

/**
 * The wait is always a range, never a promised minute; with no estimate we say so honestly. While closed the visitor
 * is told when a counselor will read it (`readFrom` takes the opening as `when`), never minutes, whatever the
 * estimate: the page then says one thing, the same as the hours above it.
 */
export function describeWait(queue: QueueStanding, hours: Hours | null): Phrase {
  if (hours && !hours.open) return { key: hours.nextOpening ? 'waiting.readFrom' : 'waiting.readLater' };
  if (queue.estimatedWaitSeconds === null) return { key: 'waiting.waitUnknown' };
  const { minMinutes, maxMinutes } = waitRange(queue.estimatedWaitSeconds);
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
