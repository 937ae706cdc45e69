/**
 * The kinds of caller the authorisation matrix tries every route and event as. Pure data: the matrix, its test
 * and the generated table in docs/security.md all read this list.
 */
export const CALLERS = [
  'anonymous',
  'visitor-own',
  'visitor-other',
  'counselor-assigned',
  'counselor-unassigned',
  'counselor-off-duty',
  'supervisor',
  'admin-only',
  'deactivated',
  'expired-session',
  'role-removed',
] as const;
export type Caller = (typeof CALLERS)[number];

/** What each column means, for the document. */
export const CALLER_NOTES: Record<Caller, string> = {
  anonymous: 'no cookie, no token',
  'visitor-own': "the target consultation's visitor token (HTTP: sent as cookie and bearer)",
  'visitor-other': "another open consultation's visitor token",
  'counselor-assigned': 'counselor on duty who holds the target chat',
  'counselor-unassigned': 'counselor on duty who does not hold it (and the one a warm hand-off is offered to)',
  'counselor-off-duty': 'counselor on shift but off duty',
  supervisor: 'supervisor on duty, not holding the chat',
  'admin-only': 'admin without a counselling role',
  deactivated: 'a counselor whose account an admin deactivated (old cookie; the live socket was dropped)',
  'expired-session': "a counselor whose session's expiry has passed",
  'role-removed': 'a counselor + supervisor whose supervisor role an admin just removed (socket opened before)',
};

/** Staff callers that hold a live session (a cookie that authenticates and a /staff socket). */
export const LIVE_STAFF = [
  'counselor-assigned', 'counselor-unassigned', 'counselor-off-duty', 'supervisor', 'admin-only', 'role-removed',
] as const satisfies readonly Caller[];
export type LiveStaff = (typeof LIVE_STAFF)[number];
export const isLiveStaff = (c: Caller): c is LiveStaff => (LIVE_STAFF as readonly Caller[]).includes(c);
