import type {
  CloseReason, ConsultationStatus, PreferChoice, QueueStanding, VisitorConsultationUpdate, VisitorRequeueReason, VisitorServiceHours,
} from '@hidamari/shared';
import { preferredAfterChoice, preferredFromServer, type PreferredNotice, type PreferredView } from './returning/preferred';

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
  /** Issue 12: while queued, the counselor the visitor asked for (returning with their key). */
  preferred: PreferredView | null;
  /** While queued: the wait for that counselor ended (the offer ran out, or the visitor chose anyone). */
  preferredNotice: PreferredNotice | null;
}

export type ConsultationAction =
  | { type: 'started'; consultationId: string; queue: QueueStanding; service?: VisitorServiceHours; preferred?: PreferredView | null }
  | { type: 'preferChosen'; choice: PreferChoice; queue?: QueueStanding }
  | { type: 'restoring'; consultationId: string }
  | { type: 'updated'; update: VisitorConsultationUpdate }
  | { type: 'reset' };

export const noConsultation: ConsultationState = {
  consultationId: null, status: null, queue: null, counselorName: null, closeReason: null, service: null, requeueReason: null,
  preferred: null, preferredNotice: null,
};

function requeueReasonAfter(state: ConsultationState, u: VisitorConsultationUpdate): VisitorRequeueReason | null {
  if (u.status !== 'queued') return null;
  return u.requeueReason ?? (state.status === 'queued' ? state.requeueReason : null);
}

/** The reservation for the asked-for counselor as pushed (absent: unchanged; null: ended); gone once not queued. */
function preferredAfter(state: ConsultationState, u: VisitorConsultationUpdate): Pick<ConsultationState, 'preferred' | 'preferredNotice'> {
  if (u.status !== 'queued') return { preferred: null, preferredNotice: null };
  if (u.preferred === undefined) return { preferred: state.preferred, preferredNotice: state.preferredNotice };
  if (u.preferred === null) {
    return { preferred: null, preferredNotice: state.preferred ? (state.preferredNotice ?? 'opened') : state.preferredNotice };
  }
  return { preferred: preferredFromServer(state.preferred, u.preferred), preferredNotice: null };
}

export function consultationReducer(state: ConsultationState, action: ConsultationAction): ConsultationState {
  switch (action.type) {
    case 'started':
      return {
        ...noConsultation, consultationId: action.consultationId, status: 'queued', queue: action.queue, service: action.service ?? null,
        preferred: action.preferred ?? null,
      };
    case 'preferChosen':
      if (state.status !== 'queued') return state;
      return {
        ...state,
        queue: action.queue ?? state.queue,
        preferred: preferredAfterChoice(state.preferred, action.choice),
        preferredNotice: action.choice === 'anyone' ? 'anyone' : state.preferredNotice,
      };
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
        ...preferredAfter(state, u),
      };
    }
    case 'reset':
      return noConsultation;
  }
}
