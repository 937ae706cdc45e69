import type { HandoffCompleted, HandoffOffered } from '@hidamari/shared';

/** What the sender sees of a hand-off they started, per chat, until they dismiss it. */
export interface Outgoing {
  handoffId: string;
  consultationId: string;
  phase: 'waiting' | 'declined' | 'expired' | 'cancelled' | 'completed';
  /** The colleague's name (warm) or the team (cold). */
  toName?: string;
  team?: string;
  expiresAt?: string;
}

export interface HandoffState {
  /** Offers waiting for my answer, oldest first. */
  offers: HandoffOffered[];
  outgoing: Record<string, Outgoing>;
}

export type HandoffEvent =
  | { type: 'offered'; offer: HandoffOffered }
  | { type: 'offer-gone'; handoffId: string }
  | { type: 'sent'; outgoing: Outgoing }
  | { type: 'ended'; phase: 'declined' | 'expired' | 'cancelled'; handoffId: string; consultationId: string }
  | { type: 'completed'; done: HandoffCompleted; staffId: string }
  | { type: 'dismiss'; consultationId: string };

export const NO_HANDOFFS: HandoffState = { offers: [], outgoing: {} };

const withoutOffer = (s: HandoffState, handoffId: string): HandoffOffered[] => s.offers.filter((o) => o.handoffId !== handoffId);

export function handoffReducer(s: HandoffState, e: HandoffEvent): HandoffState {
  switch (e.type) {
    case 'offered':
      return s.offers.some((o) => o.handoffId === e.offer.handoffId) ? s : { ...s, offers: [...s.offers, e.offer] };
    case 'offer-gone':
      return { ...s, offers: withoutOffer(s, e.handoffId) };
    case 'sent':
      return { ...s, outgoing: { ...s.outgoing, [e.outgoing.consultationId]: e.outgoing } };
    case 'ended': {
      const mine = s.outgoing[e.consultationId];
      // Only the sender's own record of this offer changes; a newer offer of the same chat is left alone.
      const outgoing = mine?.handoffId === e.handoffId ? { ...s.outgoing, [e.consultationId]: { ...mine, phase: e.phase } } : s.outgoing;
      return { offers: withoutOffer(s, e.handoffId), outgoing };
    }
    case 'completed': {
      const offers = withoutOffer(s, e.done.handoffId);
      if (e.done.from.staffId !== e.staffId) return { ...s, offers };
      const to = e.done.to;
      const toName = 'team' in to ? undefined : to.displayName;
      const team = 'team' in to ? to.team : undefined;
      const outgoing: Outgoing = {
        handoffId: e.done.handoffId, consultationId: e.done.consultationId, phase: 'completed', ...(toName ? { toName } : {}), ...(team ? { team } : {}),
      };
      return { offers, outgoing: { ...s.outgoing, [e.done.consultationId]: outgoing } };
    }
    case 'dismiss': {
      const outgoing = { ...s.outgoing };
      delete outgoing[e.consultationId];
      return { ...s, outgoing };
    }
  }
}

/** Whether a new hand-off of this chat can start (none is waiting for an answer). */
export const canStart = (s: HandoffState, consultationId: string): boolean => s.outgoing[consultationId]?.phase !== 'waiting';

/** "m:ss" until `expiresAt`, never below 0:00. */
export function timeLeft(expiresAt: string | undefined, now: number): string {
  const s = expiresAt ? Math.max(0, Math.floor((Date.parse(expiresAt) - now) / 1000)) : 0;
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
