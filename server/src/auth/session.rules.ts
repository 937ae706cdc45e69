/** A staff session's life: it slides with use, up to a hard cap from login. */

/** One long shift: no session outlives this, however busy (the default of SESSION_MAX_HOURS). */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;

/** A session is extended only when that gains more than this, so busy sessions do not write on every request. */
export const SLIDE_STEP_MS = 60 * 1000;

/** When a session used at `now` expires: `idleMs` from now, never past the cap (`maxMs`) from its creation. */
export function slidingExpiry(createdAt: Date, now: Date, idleMs: number, maxMs = SESSION_MAX_MS): Date {
  return new Date(Math.min(createdAt.getTime() + maxMs, now.getTime() + idleMs));
}

/** The new expiry when use at `now` should extend the session, or null when it is not worth a write. */
export function extendedExpiry(session: { createdAt: Date; expiresAt: Date }, now: Date, idleMs: number, maxMs = SESSION_MAX_MS): Date | null {
  const next = slidingExpiry(session.createdAt, now, idleMs, maxMs);
  return next.getTime() - session.expiresAt.getTime() > SLIDE_STEP_MS ? next : null;
}
