import { AppError, ErrorCode, type ConsultationStatus, type LinkedHistory } from '@hidamari/shared';

/** An earlier consultation of a history as the rules see it. */
export interface HistoryMember {
  createdAt: Date;
  assignedStaffId: string | null;
  counselorName: string | null;
}

/**
 * What a start with a confirmed key is linked to: how many came before, and the counselor of the latest one that had
 * one (someone who only ever waited has no counselor to ask for).
 */
export function linkedSummary(earlier: readonly HistoryMember[]): LinkedHistory {
  const latest = [...earlier].filter((m) => m.assignedStaffId).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  return { previousCount: earlier.length, ...(latest?.counselorName ? { counselorName: latest.counselorName } : {}) };
}

/**
 * Keeping or forgetting a key is for a consultation that has ended (the closed view offers it): before, CONFLICT.
 */
export function returnKeyRefusal(
  c: { status: ConsultationStatus; contentPurgedAt: Date | null } | null,
  action: 'keep' | 'forget',
): AppError | null {
  if (!c) return new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
  if (c.status !== 'closed') return new AppError(ErrorCode.CONFLICT, 'the consultation is still open: a return key is offered once it has ended');
  // Forgetting is always possible; a deleted conversation has nothing left to come back to.
  if (action === 'keep' && c.contentPurgedAt) return new AppError(ErrorCode.CONFLICT, 'this conversation was deleted');
  return null;
}

export const unknownReturnKey = (): AppError => new AppError(ErrorCode.NOT_FOUND, 'no history has that return key', 'returnKey');

/** A whole-history deletion waits until every consultation of it has ended. */
export function historyDeleteRefusal(members: readonly { status: ConsultationStatus }[]): AppError | null {
  if (members.some((m) => m.status !== 'closed')) {
    return new AppError(ErrorCode.CONFLICT, 'a consultation linked to this one is still open: end it first, then delete');
  }
  return null;
}
