import type { CloseReason, ConsultationStatus, QueueStanding, VisitorConsultationUpdate } from '@hidamari/shared';

export interface ConsultationState {
  consultationId: string | null;
  /** null while a stored consultation is being restored and the server has not said where it stands. */
  status: ConsultationStatus | null;
  queue: QueueStanding | null;
  counselorName: string | null;
  closeReason: CloseReason | null;
}

export type ConsultationAction =
  | { type: 'started'; consultationId: string; queue: QueueStanding }
  | { type: 'restoring'; consultationId: string }
  | { type: 'updated'; update: VisitorConsultationUpdate }
  | { type: 'reset' };

export const noConsultation: ConsultationState = {
  consultationId: null, status: null, queue: null, counselorName: null, closeReason: null,
};

export function consultationReducer(state: ConsultationState, action: ConsultationAction): ConsultationState {
  switch (action.type) {
    case 'started':
      return { ...noConsultation, consultationId: action.consultationId, status: 'queued', queue: action.queue };
    case 'restoring':
      return { ...noConsultation, consultationId: action.consultationId };
    case 'updated': {
      const u = action.update;
      if (state.consultationId !== null && u.consultationId !== state.consultationId) return state;
      // A closed consultation never reopens: a late "queued" or "active" from a slow process is ignored.
      if (state.status === 'closed' && u.status !== 'closed') return state;
      return {
        consultationId: u.consultationId,
        status: u.status,
        // Back in the queue after a hand-off: no counselor is attached any more.
        counselorName: u.status === 'queued' ? null : (u.counselorName ?? state.counselorName),
        queue: u.status === 'queued' ? (u.queue ?? state.queue) : null,
        closeReason: u.status === 'closed' ? (u.closeReason ?? state.closeReason) : null,
      };
    }
    case 'reset':
      return noConsultation;
  }
}
