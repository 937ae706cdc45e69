/**
 * What this tab knows of escalations, as a pure reducer: the unresolved ones (and this person's own resolved ones, so
 * the counselor sees "resolved"), and which of them alert here: open, raised to me, not raised by me.
 */
import type { Escalation } from '@hidamari/shared';

export interface EscalationState {
  byId: Record<string, Escalation>;
  /** Ids alerting here, in arrival order; an id leaves once it is acknowledged or resolved. */
  alerts: string[];
  /** Bumped on each re-alert, so the view can sound and refocus again. */
  realerts: number;
  loaded: boolean;
}

export type EscalationAction =
  | { type: 'listed'; escalations: Escalation[]; me: string; alerting: boolean }
  | { type: 'raised'; escalation: Escalation; me: string; realert: boolean }
  | { type: 'updated'; escalation: Escalation };

export const NO_ESCALATIONS: EscalationState = { byId: {}, alerts: [], realerts: 0, loaded: false };

const alertable = (e: Escalation, me: string) => e.status === 'open' && e.raisedBy.staffId !== me;

export function escalationReducer(state: EscalationState, action: EscalationAction): EscalationState {
  switch (action.type) {
    case 'listed': {
      // The server's list is the truth for what is unresolved; own resolved ones stay for the counselor's view.
      const kept = Object.values(state.byId).filter((e) => e.status === 'resolved');
      const byId = Object.fromEntries([...kept, ...action.escalations].map((e) => [e.id, e]));
      const alerts = action.alerting ? action.escalations.filter((e) => alertable(e, action.me)).map((e) => e.id) : [];
      return { ...state, byId, alerts, loaded: true };
    }
    case 'raised': {
      const e = action.escalation;
      const byId = { ...state.byId, [e.id]: e };
      if (!alertable(e, action.me)) return { ...state, byId };
      const alerts = state.alerts.includes(e.id) ? state.alerts : [...state.alerts, e.id];
      return { ...state, byId, alerts, realerts: state.realerts + (action.realert ? 1 : 0) };
    }
    case 'updated': {
      const e = action.escalation;
      const byId = { ...state.byId, [e.id]: e };
      return { ...state, byId, alerts: e.status === 'open' ? state.alerts : state.alerts.filter((id) => id !== e.id) };
    }
  }
}

const RANK = { emergency: 2, urgent: 1, consult: 0 } as const;

/** The most urgent alert first; among equals, the oldest. */
export function alertOrder(state: EscalationState): Escalation[] {
  return state.alerts
    .map((id) => state.byId[id])
    .filter((e): e is Escalation => e !== undefined)
    .sort((a, b) => RANK[b.level] - RANK[a.level] || a.createdAt.localeCompare(b.createdAt));
}

/** Unresolved escalations, most urgent first (the list panel). */
export function unresolved(state: EscalationState): Escalation[] {
  return Object.values(state.byId)
    .filter((e) => e.status !== 'resolved')
    .sort((a, b) => RANK[b.level] - RANK[a.level] || a.createdAt.localeCompare(b.createdAt));
}

/** One chat's escalations, newest first (the counselor's view of what they raised). */
export function forConsultation(state: EscalationState, consultationId: string): Escalation[] {
  return Object.values(state.byId)
    .filter((e) => e.consultationId === consultationId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
