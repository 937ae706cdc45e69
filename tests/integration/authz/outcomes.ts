/** How a cell of the matrix is written, and the shorthands that fill a row's eleven cells. */
import { CALLERS, isLiveStaff, type Caller, type LiveStaff } from './callers.js';

/**
 * A cell:
 * - HTTP: the status, then the error code when refused (`'200'`, `'403 FORBIDDEN'`).
 * - socket: `'ok'`; an ack error code (`'FORBIDDEN'`); `'handshake UNAUTHENTICATED'` when the namespace refuses the
 *   connection itself; `'own only'` (acked, but it acts on the caller's own consultation and leaves the target untouched);
 *   `'ok, not relayed'` (typing: acked, nothing reaches the visitor).
 */
export type Outcome = string;
export type Cells = Record<Caller, Outcome>;

export const REFUSED_HANDSHAKE = 'handshake UNAUTHENTICATED';
export const OWN_ONLY = 'own only';
export const NOT_RELAYED = 'ok, not relayed';
const UNAUTH_HTTP = '401 UNAUTHENTICATED';

/** The same outcome for every caller (public routes, or a rule that ignores who asks). */
export const everyone = (o: Outcome): Cells => Object.fromEntries(CALLERS.map((c) => [c, o])) as Cells;

/** A /staff event: only live sessions get a socket; the rest are refused at the handshake. */
export function staffEvent(live: Record<LiveStaff, Outcome>): Cells {
  return Object.fromEntries(CALLERS.map((c) => [c, isLiveStaff(c) ? live[c] : REFUSED_HANDSHAKE])) as Cells;
}

/** A cookie-authenticated HTTP route: callers without a live session are 401. */
export function staffRoute(live: Record<LiveStaff, Outcome>): Cells {
  return Object.fromEntries(CALLERS.map((c) => [c, isLiveStaff(c) ? live[c] : UNAUTH_HTTP])) as Cells;
}

/** Only these live staff get `yes`; the other live staff get `no`. */
export function onlyStaff(yes: Outcome, no: Outcome, allowed: readonly LiveStaff[]): Record<LiveStaff, Outcome> {
  const all: LiveStaff[] = ['counselor-assigned', 'counselor-unassigned', 'counselor-off-duty', 'supervisor', 'admin-only', 'role-removed'];
  return Object.fromEntries(all.map((c) => [c, allowed.includes(c) ? yes : no])) as Record<LiveStaff, Outcome>;
}

/** A /visitor event: staff cookies mean nothing there, so every staff caller is an anonymous visitor socket. */
export function visitorEvent(v: { anonymous: Outcome; own: Outcome; other: Outcome }): Cells {
  return Object.fromEntries(
    CALLERS.map((c) => [c, c === 'visitor-own' ? v.own : c === 'visitor-other' ? v.other : v.anonymous]),
  ) as Cells;
}

/** Whether an outcome grants the call (the request reached the service and was carried out). */
export const grants = (o: Outcome): boolean => o === 'ok' || o === OWN_ONLY || o === NOT_RELAYED || /^2\d\d$/.test(o);
