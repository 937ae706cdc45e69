import type { VisitorRequeueReason } from '@hidamari/shared';
import type { ConsultationState } from './consultation.reducer';

/**
 * A line the visitor sees in the conversation when who is answering changes: a counselor joined, another took over,
 * or the chat went back to the queue (and why). Not messages: the page writes them from status changes, live.
 */
export interface ChatNote {
  key: string;
  /** Shown after the message with this seq (0: before all). */
  afterSeq: number;
  kind: 'joined' | 'changed' | 'requeued';
  name?: string;
  reason?: VisitorRequeueReason;
}

export type NoteFact = Omit<ChatNote, 'key' | 'afterSeq'>;

/** The note a change from `before` to `after` deserves, or null. A consultation being restored (after a reload) is not news. */
export function noteFor(before: ConsultationState, after: ConsultationState): NoteFact | null {
  if (before.status === null || before.consultationId !== after.consultationId) return null;
  if (after.status === 'active' && after.counselorName) {
    if (before.status === 'active' && before.counselorName === after.counselorName) return null;
    const changed = (before.status === 'active' && before.counselorName !== null) || before.requeueReason !== null;
    return { kind: changed ? 'changed' : 'joined', name: after.counselorName };
  }
  if (after.status === 'queued' && after.requeueReason && after.requeueReason !== before.requeueReason) {
    return { kind: 'requeued', reason: after.requeueReason };
  }
  return null;
}
