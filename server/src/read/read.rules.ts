import { AppError, ErrorCode } from '@hidamari/shared';

/**
 * Read marks belong to the chat's assignee: a supervisor monitoring it silently must not tell the visitor
 * "read" on the counselor's behalf, and nobody else may move the mark.
 */
export function readMarkRefusal(c: { assignedStaffId: string | null } | null, staffId: string): AppError | null {
  if (!c) return new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
  if (c.assignedStaffId !== staffId) return new AppError(ErrorCode.FORBIDDEN, 'only the chat\'s counselor marks it read');
  return null;
}

/** The mark after a request: never beyond the last message, never lowered. Equal to `current` means no change. */
export function nextReadSeq(current: number, requested: number, lastSeq: number): number {
  return Math.max(current, Math.min(requested, lastSeq));
}
