/**
 * The authorisation matrix: every HTTP route and every socket event × every kind of caller, with the exact answer.
 * `matrix.test.ts` proves each cell against a real server and fails when the server has a route or event without a
 * row; `npm run docs:security` writes this table into docs/security.md.
 */
import { REPORT_NAMES } from '@hidamari/shared';
import type { Credentials, Fixture, FixtureKind } from './fixture.js';
import {
  everyone, NOT_RELAYED, onlyStaff, OWN_ONLY, staffEvent, staffRoute, visitorEvent, type Cells,
} from './outcomes.js';

interface RowBase {
  /** The target the row needs (default `active`). */
  fixture?: FixtureKind;
  /** A granted call changes the target: each granted cell gets a fresh fixture. */
  mutates?: boolean;
  expect: Cells;
  /** Why a cell reads as it does, when the rule is not obvious. */
  note?: string;
  /** Rows of one family (the reports) print as one line in the document; each is still proven on its own. */
  group?: string;
}
export interface SocketRow extends RowBase {
  kind: 'socket';
  ns: 'visitor' | 'staff';
  event: string;
  payload(f: Fixture): unknown;
}
export interface HttpRow extends RowBase {
  kind: 'http';
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as the server registers it (`/api/staff/:id`); `/*` stands for the web app's static files. */
  route: string;
  request(f: Fixture, me: Credentials | undefined): { path: string; body?: unknown };
}
export type Row = SocketRow | HttpRow;

export const rowId = (r: Row): string => (r.kind === 'http' ? `${r.method} ${r.route}` : `/${r.ns} ${r.event}`);

const FORBIDDEN = 'FORBIDDEN';
const F403 = '403 FORBIDDEN';
const ASSIGNEE = ['counselor-assigned'] as const;
const ASSIGNEE_OR_SUPERVISOR = ['counselor-assigned', 'supervisor'] as const;
const COUNSELLING = ['counselor-assigned', 'counselor-unassigned', 'counselor-off-duty', 'supervisor', 'role-removed'] as const;
const ALL_LIVE = [...COUNSELLING, 'admin-only'] as const;
const FAR = { from: '2099-01-01T00:00:00Z', to: '2099-01-02T00:00:00Z' };

const visitorRows: SocketRow[] = [
  {
    kind: 'socket', ns: 'visitor', event: 'consultation:start', mutates: true,
    payload: () => ({ audience: 'self', topic: 'other', message: 'matrix start' }),
    expect: visitorEvent({ anonymous: 'ok', own: 'CONFLICT', other: 'CONFLICT' }),
    note: 'a socket bound to an open consultation cannot start a second one',
  },
  {
    kind: 'socket', ns: 'visitor', event: 'consultation:resume', mutates: true,
    payload: (f) => ({ resumeCode: f.resumeCode }),
    expect: visitorEvent({ anonymous: 'ok', own: 'ok', other: 'ok' }),
    note: 'the resume code is the credential: whoever holds it continues (and the old token stops working)',
  },
  {
    kind: 'socket', ns: 'visitor', event: 'message:send', mutates: true,
    payload: (f) => ({ clientMessageId: `m-${f.unique}`, body: 'matrix message' }),
    expect: visitorEvent({ anonymous: 'NOT_BOUND', own: 'ok', other: OWN_ONLY }),
  },
  {
    kind: 'socket', ns: 'visitor', event: 'messages:sync',
    payload: () => ({ afterSeq: 0 }),
    expect: visitorEvent({ anonymous: 'NOT_BOUND', own: 'ok', other: OWN_ONLY }),
  },
  {
    kind: 'socket', ns: 'visitor', event: 'consultation:leave', mutates: true,
    payload: () => ({}),
    expect: visitorEvent({ anonymous: 'NOT_BOUND', own: 'ok', other: OWN_ONLY }),
  },
  {
    kind: 'socket', ns: 'visitor', event: 'survey:get', fixture: 'closed',
    payload: () => ({}),
    expect: visitorEvent({ anonymous: 'NOT_BOUND', own: 'ok', other: 'CONFLICT' }),
    note: "the caller's own consultation, once it has closed (the other visitor's is still open)",
  },
  {
    kind: 'socket', ns: 'visitor', event: 'survey:submit', fixture: 'closed', mutates: true,
    payload: () => ({ answers: {} }),
    expect: visitorEvent({ anonymous: 'NOT_BOUND', own: 'ok', other: 'CONFLICT' }),
  },
  {
    kind: 'socket', ns: 'visitor', event: 'consultation:delete', fixture: 'closed', mutates: true,
    payload: () => ({}),
    expect: visitorEvent({ anonymous: 'NOT_BOUND', own: 'ok', other: 'CONFLICT' }),
    note: "purges the caller's own closed consultation at once",
  },
  {
    kind: 'socket', ns: 'visitor', event: 'typing:set',
    payload: () => ({ typing: true }),
    expect: visitorEvent({ anonymous: 'NOT_BOUND', own: 'ok', other: OWN_ONLY }),
  },
  {
    kind: 'socket', ns: 'visitor', event: 'returnKey:keep', fixture: 'closed', mutates: true,
    payload: () => ({}),
    expect: visitorEvent({ anonymous: 'NOT_BOUND', own: 'ok', other: 'CONFLICT' }),
    note: "a key for the caller's own closed consultation's history (the other visitor's is still open)",
  },
  {
    kind: 'socket', ns: 'visitor', event: 'returnKey:forget', fixture: 'closed', mutates: true,
    payload: () => ({}),
    expect: visitorEvent({ anonymous: 'NOT_BOUND', own: 'ok', other: 'CONFLICT' }),
  },
  {
    kind: 'socket', ns: 'visitor', event: 'returnKey:check',
    payload: () => ({ returnKey: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' }),
    expect: everyone('NOT_FOUND'),
    note: 'the return key is the credential (rate-limited like a resume); one nobody holds opens nothing, for anyone',
  },
  {
    kind: 'socket', ns: 'visitor', event: 'consultation:prefer', fixture: 'queued',
    payload: () => ({ choice: 'anyone' }),
    expect: visitorEvent({ anonymous: 'NOT_BOUND', own: 'ok', other: OWN_ONLY }),
    note: "the caller's own waiting chat: `anyone` ends a reservation for the asked-for counselor (none held: nothing to end); wait/message need one",
  },
];

const staffRows: SocketRow[] = [
  {
    kind: 'socket', ns: 'staff', event: 'duty:set', mutates: true,
    payload: () => ({ onDuty: true }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, COUNSELLING)),
    note: 'needs a counselling role and an own shift covering now',
  },
  {
    kind: 'socket', ns: 'staff', event: 'queue:list', payload: () => ({}),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, COUNSELLING)),
    note: 'the queue carries previews: conversation content',
  },
  {
    kind: 'socket', ns: 'staff', event: 'consultations:list', payload: () => ({}),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ALL_LIVE)),
    note: "the caller's own chats only",
  },
  {
    kind: 'socket', ns: 'staff', event: 'consultation:claim', fixture: 'queued', mutates: true,
    payload: (f) => ({ consultationId: f.consultationId }),
    expect: staffEvent({ ...onlyStaff('ok', FORBIDDEN, ['counselor-assigned', 'counselor-unassigned', 'supervisor', 'role-removed']), 'counselor-off-duty': 'NOT_ON_DUTY' }),
  },
  {
    kind: 'socket', ns: 'staff', event: 'message:send', mutates: true,
    payload: (f) => ({ consultationId: f.consultationId, clientMessageId: `s-${f.unique}`, body: 'matrix reply' }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ASSIGNEE)),
  },
  {
    kind: 'socket', ns: 'staff', event: 'consultation:close', mutates: true,
    payload: (f) => ({ consultationId: f.consultationId, outcome: 'listened' }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ASSIGNEE)),
  },
  {
    kind: 'socket', ns: 'staff', event: 'messages:sync',
    payload: (f) => ({ consultationId: f.consultationId, afterSeq: 0 }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ASSIGNEE_OR_SUPERVISOR)),
    note: "a supervisor's read of a chat not theirs is audited",
  },
  {
    kind: 'socket', ns: 'staff', event: 'messages:read', mutates: true,
    payload: (f) => ({ consultationId: f.consultationId, upToSeq: 1 }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ASSIGNEE)),
  },
  {
    kind: 'socket', ns: 'staff', event: 'typing:set',
    payload: (f) => ({ consultationId: f.consultationId, typing: true }),
    expect: staffEvent(onlyStaff('ok', NOT_RELAYED, ASSIGNEE)),
    note: "always acknowledged; relayed to the visitor only from the assignee's sockets",
  },
  {
    kind: 'socket', ns: 'staff', event: 'consultation:handover', mutates: true,
    payload: (f) => ({ consultationId: f.consultationId, note: 'matrix hand-over' }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ASSIGNEE)),
  },
  {
    kind: 'socket', ns: 'staff', event: 'risk:set', mutates: true,
    payload: (f) => ({ consultationId: f.consultationId, level: 'elevated', reason: 'matrix' }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ASSIGNEE_OR_SUPERVISOR)),
  },
  {
    kind: 'socket', ns: 'staff', event: 'risk:get',
    payload: (f) => ({ consultationId: f.consultationId }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ASSIGNEE_OR_SUPERVISOR)),
  },
  {
    kind: 'socket', ns: 'staff', event: 'consultation:transfer', mutates: true,
    payload: (f) => ({ consultationId: f.consultationId, to: { team: 'family' }, mode: 'cold' }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ASSIGNEE)),
  },
  {
    kind: 'socket', ns: 'staff', event: 'handoff:respond', fixture: 'handoff', mutates: true,
    payload: (f) => ({ handoffId: f.handoffId, accept: false }),
    expect: staffEvent(onlyStaff('ok', 'NOT_FOUND', ['counselor-unassigned'])),
    note: 'only the colleague the offer was made to answers it; to anyone else the offer does not exist',
  },
  {
    kind: 'socket', ns: 'staff', event: 'handoff:candidates', payload: () => ({}),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ALL_LIVE)),
    note: 'names of colleagues on duty and team ids: no conversation content',
  },
  {
    kind: 'socket', ns: 'staff', event: 'consultation:monitor',
    payload: (f) => ({ consultationId: f.consultationId }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ['supervisor'])),
    note: 'silent; audited',
  },
  {
    kind: 'socket', ns: 'staff', event: 'consultation:unmonitor',
    payload: (f) => ({ consultationId: f.consultationId }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ALL_LIVE)),
    note: 'a no-op unless this socket monitors the chat',
  },
  {
    kind: 'socket', ns: 'staff', event: 'consultation:takeover', mutates: true,
    payload: (f) => ({ consultationId: f.consultationId }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ['supervisor'])),
  },
  {
    kind: 'socket', ns: 'staff', event: 'consultation:escalate', mutates: true,
    payload: (f) => ({ consultationId: f.consultationId, level: 'consult' }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ASSIGNEE)),
  },
  {
    kind: 'socket', ns: 'staff', event: 'escalation:ack', fixture: 'escalation', mutates: true,
    payload: (f) => ({ escalationId: f.escalationId }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ['supervisor'])),
  },
  {
    kind: 'socket', ns: 'staff', event: 'escalation:resolve', fixture: 'escalation', mutates: true,
    payload: (f) => ({ escalationId: f.escalationId }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ['supervisor'])),
  },
  {
    kind: 'socket', ns: 'staff', event: 'escalations:list', payload: () => ({}),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ALL_LIVE)),
    note: 'scoped: all for supervisors, those that reached admins for admins, their own for a counselor',
  },
  {
    kind: 'socket', ns: 'staff', event: 'consultation:timeline',
    payload: (f) => ({ consultationId: f.consultationId }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ASSIGNEE_OR_SUPERVISOR)),
  },
  {
    kind: 'socket', ns: 'staff', event: 'consultation:history',
    payload: (f) => ({ consultationId: f.consultationId }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ASSIGNEE_OR_SUPERVISOR)),
    note: 'as the timeline: the earlier consultations linked to a chat, for its counselor or a supervisor',
  },
];

const adminOnly = (yes: string) => staffRoute(onlyStaff(yes, F403, ['admin-only']));

const httpRows: HttpRow[] = [
  { kind: 'http', method: 'GET', route: '/healthz', request: () => ({ path: '/healthz' }), expect: everyone('200') },
  { kind: 'http', method: 'GET', route: '/readyz', request: () => ({ path: '/readyz' }), expect: everyone('200') },
  { kind: 'http', method: 'GET', route: '/api/status', request: () => ({ path: '/api/status' }), expect: everyone('200') },
  { kind: 'http', method: 'GET', route: '/*', request: () => ({ path: '/' }), expect: everyone('200'), note: 'the web app (index.html and its assets)' },
  { kind: 'http', method: 'GET', route: '/api/setup', request: () => ({ path: '/api/setup' }), expect: everyone('200') },
  {
    kind: 'http', method: 'POST', route: '/api/setup',
    request: (f) => ({ path: '/api/setup', body: { token: 'not-the-setup-token', loginId: `setup${f.unique}`, displayName: 'x', password: 'long-enough-password' } }),
    expect: everyone('409 CONFLICT'), note: 'only while no admin exists, with the printed one-time token',
  },
  {
    kind: 'http', method: 'POST', route: '/api/auth/login',
    request: (_f, me) => ({ path: '/api/auth/login', body: me ?? { loginId: 'nobody.here', password: 'wrong-password-123' } }),
    expect: { ...staffRoute(onlyStaff('200', '200', [])), anonymous: '401 INVALID_CREDENTIALS', 'visitor-own': '401 INVALID_CREDENTIALS', 'visitor-other': '401 INVALID_CREDENTIALS', deactivated: '401 INVALID_CREDENTIALS', 'expired-session': '200' },
    note: "each caller with their own credentials (visitors have none) and a cookie, which the login ends; a deactivated account's right password is refused",
  },
  {
    kind: 'http', method: 'POST', route: '/api/auth/logout', request: () => ({ path: '/api/auth/logout' }), expect: everyone('204'),
    note: 'live callers log out a second session of theirs',
  },
  { kind: 'http', method: 'GET', route: '/api/me', request: () => ({ path: '/api/me' }), expect: staffRoute(onlyStaff('200', '200', [])) },
  {
    kind: 'http', method: 'POST', route: '/api/me/password', mutates: true,
    request: (f, me) => ({ path: '/api/me/password', body: { currentPassword: me?.password ?? 'unknown-password', newPassword: `new-password-${f.unique}` } }),
    expect: staffRoute(onlyStaff('204', '204', [])),
  },
  { kind: 'http', method: 'GET', route: '/api/audit', request: () => ({ path: '/api/audit' }), expect: adminOnly('200') },
  { kind: 'http', method: 'GET', route: '/api/settings', request: () => ({ path: '/api/settings' }), expect: staffRoute(onlyStaff('200', '200', [])) },
  {
    kind: 'http', method: 'PUT', route: '/api/settings', mutates: true,
    request: () => ({ path: '/api/settings', body: { serviceName: { ja: 'ひだまり', en: 'Hidamari' } } }), expect: adminOnly('200'),
  },
  {
    kind: 'http', method: 'POST', route: '/api/staff', mutates: true,
    request: (f) => ({ path: '/api/staff', body: { loginId: `matrix${f.unique}`, displayName: 'Matrix', password: 'long-enough-password', roles: ['counselor'] } }),
    expect: adminOnly('201'),
  },
  { kind: 'http', method: 'GET', route: '/api/staff', request: () => ({ path: '/api/staff' }), expect: adminOnly('200') },
  {
    kind: 'http', method: 'PATCH', route: '/api/staff/:id', mutates: true,
    request: (f) => ({ path: `/api/staff/${f.staffId}`, body: { displayName: `Renamed ${f.unique}` } }), expect: adminOnly('200'),
  },
  {
    kind: 'http', method: 'POST', route: '/api/staff/:id/password-reset', mutates: true,
    request: (f) => ({ path: `/api/staff/${f.staffId}/password-reset` }), expect: adminOnly('200'),
  },
  {
    kind: 'http', method: 'GET', route: '/api/supervision/overview', request: () => ({ path: '/api/supervision/overview' }),
    expect: staffRoute(onlyStaff('200', F403, ['supervisor', 'admin-only'])), note: 'admins see it without conversation content',
  },
  {
    kind: 'http', method: 'GET', route: '/api/roster/live', request: () => ({ path: '/api/roster/live' }),
    expect: staffRoute(onlyStaff('200', F403, ['supervisor', 'admin-only'])),
  },
  {
    kind: 'http', method: 'GET', route: '/api/roster/coverage',
    request: () => ({ path: `/api/roster/coverage?from=${FAR.from}&to=${FAR.to}` }), expect: adminOnly('200'),
  },
  {
    kind: 'http', method: 'POST', route: '/api/shifts', mutates: true,
    request: (f) => ({ path: '/api/shifts', body: { staffId: f.staffId, startsAt: '2099-03-01T00:00:00Z', endsAt: '2099-03-01T08:00:00Z' } }),
    expect: adminOnly('201'),
  },
  {
    kind: 'http', method: 'POST', route: '/api/shifts/bulk', mutates: true,
    request: () => ({ path: '/api/shifts/bulk', body: { op: 'deleteRange', ...FAR } }), expect: adminOnly('200'),
  },
  { kind: 'http', method: 'GET', route: '/api/shifts', request: () => ({ path: '/api/shifts' }), expect: adminOnly('200') },
  {
    kind: 'http', method: 'PATCH', route: '/api/shifts/:id', mutates: true,
    request: (f) => ({ path: `/api/shifts/${f.shiftId}`, body: { role: 'counselor' } }), expect: adminOnly('200'),
  },
  {
    kind: 'http', method: 'DELETE', route: '/api/shifts/:id', mutates: true,
    request: (f) => ({ path: `/api/shifts/${f.shiftId}` }), expect: adminOnly('204'),
  },
];

const everyStaff = (yes: string) => staffRoute(onlyStaff(yes, yes, []));
const cannedRows: HttpRow[] = [
  { kind: 'http', method: 'GET', route: '/api/canned-replies', request: () => ({ path: '/api/canned-replies' }), expect: everyStaff('200'), note: "the center's list and the caller's own" },
  {
    kind: 'http', method: 'POST', route: '/api/canned-replies', mutates: true,
    request: () => ({ path: '/api/canned-replies', body: { scope: 'personal', title: 'mine', body: { ja: 'はい', en: '' } } }), expect: everyStaff('201'),
  },
  {
    kind: 'http', method: 'PATCH', route: '/api/canned-replies/:id', fixture: 'canned', mutates: true,
    request: (f) => ({ path: `/api/canned-replies/${f.cannedId}`, body: { title: 'renamed' } }),
    expect: staffRoute(onlyStaff('200', '404 NOT_FOUND', ASSIGNEE)), note: "a personal reply (counselor-assigned's): to anyone else it does not exist",
  },
  {
    kind: 'http', method: 'DELETE', route: '/api/canned-replies/:id', fixture: 'canned', mutates: true,
    request: (f) => ({ path: `/api/canned-replies/${f.cannedId}` }), expect: staffRoute(onlyStaff('204', '404 NOT_FOUND', ASSIGNEE)),
  },
];

const surveyRows: HttpRow[] = [
  { kind: 'http', method: 'GET', route: '/api/survey/questions', request: () => ({ path: '/api/survey/questions' }), expect: adminOnly('200') },
  {
    kind: 'http', method: 'POST', route: '/api/survey/questions', mutates: true,
    request: (f) => ({ path: '/api/survey/questions', body: { kind: 'yesno', text: { ja: `質問 ${f.unique}`, en: `Question ${f.unique}` } } }), expect: adminOnly('201'),
  },
  {
    kind: 'http', method: 'PUT', route: '/api/survey/questions/order', fixture: 'survey', mutates: true,
    request: (f) => ({ path: '/api/survey/questions/order', body: { ids: f.questionIds } }), expect: adminOnly('200'),
  },
  {
    kind: 'http', method: 'PATCH', route: '/api/survey/questions/:id', fixture: 'survey', mutates: true,
    request: (f) => ({ path: `/api/survey/questions/${f.questionIds?.[0]}`, body: { text: { en: 'How was it today?' } } }), expect: adminOnly('200'),
  },
];

const RANGE = 'from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z';
const reportRows: HttpRow[] = REPORT_NAMES.flatMap((name): HttpRow[] => [`/api/reports/${name}`, `/api/reports/${name}.csv`].map((route) => ({
  kind: 'http', method: 'GET', route, request: () => ({ path: `${route}?${RANGE}` }),
  expect: staffRoute(onlyStaff('200', F403, ['supervisor', 'admin-only'])),
  group: route.endsWith('.csv') ? 'GET /api/reports/<name>.csv' : 'GET /api/reports/<name>',
  note: `anonymous aggregates; one row each for ${REPORT_NAMES.join(', ')}`,
})));

const SERVICE = { kind: 'family_class', name: '家族教室 さくら', area: { prefecture: '東京都', municipality: '架空市' }, description: '' };
const OFFER = { title: '居場所の日', startsAt: '2099-05-01T01:00:00Z', place: 'オンライン', audience: 'all', description: '' };
/** Issue 12: the directory, referral cards and the center's offers. */
const directoryRows: Row[] = [
  {
    kind: 'socket', ns: 'staff', event: 'referral:send', fixture: 'service', mutates: true,
    payload: (f) => ({ consultationId: f.consultationId, serviceId: f.serviceId }),
    expect: staffEvent(onlyStaff('ok', FORBIDDEN, ASSIGNEE)), note: 'a card is a message to the visitor: only the assignee of the active chat sends one',
  },
  {
    kind: 'http', method: 'GET', route: '/api/services', request: () => ({ path: '/api/services?q=%E5%AE%B6%E6%97%8F' }), expect: everyStaff('200'),
    note: 'public information: admins keep it, whoever counsels searches it beside the chat',
  },
  {
    kind: 'http', method: 'GET', route: '/api/services/:id', fixture: 'service', request: (f) => ({ path: `/api/services/${f.serviceId}` }),
    expect: everyStaff('200'),
  },
  { kind: 'http', method: 'POST', route: '/api/services', mutates: true, request: () => ({ path: '/api/services', body: SERVICE }), expect: adminOnly('201') },
  {
    kind: 'http', method: 'PATCH', route: '/api/services/:id', fixture: 'service', mutates: true,
    request: (f) => ({ path: `/api/services/${f.serviceId}`, body: { hours: '土曜 13:00〜16:00' } }), expect: adminOnly('200'),
  },
  {
    kind: 'http', method: 'DELETE', route: '/api/services/:id', fixture: 'service', mutates: true,
    request: (f) => ({ path: `/api/services/${f.serviceId}` }), expect: adminOnly('204'),
  },
  {
    kind: 'http', method: 'GET', route: '/api/offers/upcoming', request: () => ({ path: '/api/offers/upcoming?locale=en' }), expect: everyone('200'),
    note: 'the public offers page: those not yet ended, in the language asked',
  },
  { kind: 'http', method: 'GET', route: '/api/offers', request: () => ({ path: '/api/offers' }), expect: adminOnly('200') },
  {
    kind: 'http', method: 'GET', route: '/api/offers/:id', fixture: 'offer', request: (f) => ({ path: `/api/offers/${f.offerId}` }), expect: adminOnly('200'),
  },
  { kind: 'http', method: 'POST', route: '/api/offers', mutates: true, request: () => ({ path: '/api/offers', body: OFFER }), expect: adminOnly('201') },
  {
    kind: 'http', method: 'PATCH', route: '/api/offers/:id', fixture: 'offer', mutates: true,
    request: (f) => ({ path: `/api/offers/${f.offerId}`, body: { place: '市民会館' } }), expect: adminOnly('200'),
  },
  {
    kind: 'http', method: 'DELETE', route: '/api/offers/:id', fixture: 'offer', mutates: true,
    request: (f) => ({ path: `/api/offers/${f.offerId}` }), expect: adminOnly('204'),
  },
];

export const MATRIX: readonly Row[] = [...visitorRows, ...staffRows, ...httpRows, ...cannedRows, ...surveyRows, ...reportRows, ...directoryRows];
