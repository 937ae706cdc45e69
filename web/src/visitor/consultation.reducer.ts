import type {
  CloseReason, ConsultationStatus, QueueStanding, VisitorConsultationUpdate, VisitorRequeueReason, VisitorServiceHours,
} from '@hidamari/shared';

export interface ConsultationState {
  consultationId: string | null;
  /** null while a stored consultation is being restored and the server has not said where it stands. */
  status: ConsultationStatus | null;
  queue: QueueStanding | null;
  counselorName: string | null;
  closeReason: CloseReason | null;
  /** The hours as the server last pushed them with the standing (start ack, reconnect, a shift starting or ending). */
  service: VisitorServiceHours | null;
  /** Back in the queue after having a counselor, and why: kept while queued, gone once someone takes the chat. */
  requeueReason: VisitorRequeueReason | null;
}

export type ConsultationAction =
  | { type: 'started'; consultationId: string; queue: QueueStanding; service?: VisitorServiceHours }
  | { type: 'restoring'; consultationId: string }
  | { type: 'updated'; update: VisitorConsultationUpdate }
  | { type: 'reset' };

export const noConsultation: ConsultationState = {
  consultationId: null, status: null, queue: null, counselorName: null, closeReason: null, service: null, requeueReason: null,
};

function requeueReasonAfter(state: ConsultationState, u: VisitorConsultationUpdate): VisitorRequeueReason | null {
  if (u.status !== 'queued') return null;
  return u.requeueReason ?? (state.status === 'queued' ? state.requeueReason : null);
}

export function consultationReducer(state: ConsultationState, action: ConsultationAction): ConsultationState {
  switch (action.type) {
    case 'started':
      return { ...noConsultation, consultationId: action.consultationId, status: 'queued', queue: action.queue, service: action.service ?? null };
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
        service: u.service ?? state.service,
        requeueReason: requeueReasonAfter(state, u),
      };
    }
    case 'reset':
      return noConsultation;
  }
}
