import type { VisitorRequeueReason } from '@hidamari/shared';
import { HANDOVER_PRIORITY, type RequeueReason } from './consultation.rules.js';

/**
 * What the visitor is told when their chat returns to the queue: a counselor who can no longer counsel has left,
 * a lost connection is said as such, and a shift's hand-over or a team transfer is a hand-over.
 */
export const VISITOR_REQUEUE_REASON: Record<RequeueReason, VisitorRequeueReason> = {
  counselor_disconnected: 'counselor_disconnected',
  counselor_cannot_counsel: 'counselor_left',
  shift_handover: 'handed_over',
  team_transfer: 'handed_over',
};

/**
 * The queue priority of a chat that had a counselor and lost them: the visitor already waited their turn, so they go
 * ahead of ordinary arrivals (never lower than before: a higher one is kept). `requested` is the caller's own choice.
 */
export function requeuePriority(current: number, requested?: number): number {
  return Math.max(current, requested ?? HANDOVER_PRIORITY);
}
