/**
 * The hostile corpus: for every event and route, payloads no well-behaved client sends. Each case names the answer
 * it must get (a typed refusal); none may write a row. Built from the valid payload of each event by replacing one
 * field at a time with values of the wrong kind, plus forged ids, privilege-seeking extra fields and wrong shapes.
 */
import { randomUUID } from 'node:crypto';
import { deep, NOT_BOOLEAN, NOT_COUNT, NOT_FORMATTED, NOT_RECORD, NOT_TEXT, PROTO, SQL, XSS } from './values.js';

/** Who sends it: a visitor bound to the chat, one not bound to any, the chat's counselor, a counselor not holding it, an admin. */
export type Sender = 'visitor' | 'unbound' | 'counselor' | 'outsider' | 'admin' | 'anonymous';
export type Code = string;

export interface SocketCase { kind: 'socket'; label: string; as: Sender; event: string; payload: unknown; expect: readonly Code[] }
export interface HttpCase {
  kind: 'http'; label: string; as: Sender; method: string; path: string;
  /** A JSON value, or raw text sent as it is (malformed JSON, wrong content type). */
  body?: unknown; raw?: { text: string | Buffer; type: string };
  expect: readonly [number, Code];
}
export type Case = SocketCase | HttpCase;

export interface Ids {
  consultationId: string;
  /** An open chat held by another counselor. */
  otherConsultationId: string;
  staffId: string;
  shiftId: string;
}

type FieldKind = 'id' | 'enum' | 'text' | 'bool' | 'count' | 'record';
interface EventSpec { event: string; as: Sender; base: (ids: Ids) => Record<string, unknown>; fields: Record<string, FieldKind> }

const BAD: Record<FieldKind, readonly [string, () => unknown][]> = {
  id: NOT_FORMATTED, enum: NOT_FORMATTED, text: NOT_TEXT, bool: NOT_BOOLEAN, count: NOT_COUNT, record: NOT_RECORD,
};
const INVALID = ['INVALID_PAYLOAD'] as const;

const EVENTS: EventSpec[] = [
  { event: 'consultation:start', as: 'unbound', base: () => ({ audience: 'self', topic: 'other' }), fields: { audience: 'enum', topic: 'enum', nickname: 'text', message: 'text', locale: 'enum' } },
  { event: 'consultation:resume', as: 'unbound', base: () => ({ resumeCode: 'AAAA-BBBB-CCCC' }), fields: { resumeCode: 'text' } },
  { event: 'message:send', as: 'visitor', base: () => ({ clientMessageId: 'h-1', body: 'x' }), fields: { clientMessageId: 'text', body: 'text' } },
  { event: 'messages:sync', as: 'visitor', base: () => ({ afterSeq: 0 }), fields: { afterSeq: 'count' } },
  { event: 'typing:set', as: 'visitor', base: () => ({ typing: true }), fields: { typing: 'bool' } },
  { event: 'survey:submit', as: 'visitor', base: () => ({ answers: {} }), fields: { answers: 'record' } },
];
const STAFF_EVENTS: EventSpec[] = [
  { event: 'duty:set', as: 'counselor', base: () => ({ onDuty: true }), fields: { onDuty: 'bool' } },
  { event: 'consultation:claim', as: 'counselor', base: (i) => ({ consultationId: i.consultationId }), fields: { consultationId: 'id' } },
  {
    event: 'message:send', as: 'counselor', base: (i) => ({ consultationId: i.consultationId, clientMessageId: 'h-1', body: 'x' }),
    fields: { consultationId: 'id', clientMessageId: 'text', body: 'text', visibility: 'enum' },
  },
  { event: 'consultation:close', as: 'counselor', base: (i) => ({ consultationId: i.consultationId }), fields: { consultationId: 'id', outcome: 'enum' } },
  { event: 'messages:sync', as: 'counselor', base: (i) => ({ consultationId: i.consultationId, afterSeq: 0 }), fields: { consultationId: 'id', afterSeq: 'count' } },
  { event: 'typing:set', as: 'counselor', base: (i) => ({ consultationId: i.consultationId, typing: true }), fields: { consultationId: 'id', typing: 'bool' } },
  { event: 'consultation:handover', as: 'counselor', base: (i) => ({ consultationId: i.consultationId }), fields: { consultationId: 'id', note: 'text' } },
  { event: 'risk:set', as: 'counselor', base: (i) => ({ consultationId: i.consultationId, level: 'high', reason: 'r' }), fields: { consultationId: 'id', level: 'enum', reason: 'text' } },
  { event: 'risk:get', as: 'counselor', base: (i) => ({ consultationId: i.consultationId }), fields: { consultationId: 'id' } },
  {
    event: 'consultation:transfer', as: 'counselor', base: (i) => ({ consultationId: i.consultationId, to: { team: 'family' }, mode: 'cold' }),
    fields: { consultationId: 'id', mode: 'enum', note: 'text', to: 'enum' },
  },
  { event: 'handoff:respond', as: 'counselor', base: () => ({ handoffId: randomUUID(), accept: true }), fields: { handoffId: 'id', accept: 'bool' } },
  { event: 'consultation:monitor', as: 'counselor', base: (i) => ({ consultationId: i.consultationId }), fields: { consultationId: 'id' } },
  { event: 'consultation:unmonitor', as: 'counselor', base: (i) => ({ consultationId: i.consultationId }), fields: { consultationId: 'id' } },
  { event: 'consultation:takeover', as: 'counselor', base: (i) => ({ consultationId: i.consultationId }), fields: { consultationId: 'id' } },
  { event: 'consultation:escalate', as: 'counselor', base: (i) => ({ consultationId: i.consultationId, level: 'urgent' }), fields: { consultationId: 'id', level: 'enum', note: 'text' } },
  { event: 'escalation:ack', as: 'counselor', base: () => ({ escalationId: randomUUID() }), fields: { escalationId: 'id', note: 'text' } },
  { event: 'escalation:resolve', as: 'counselor', base: () => ({ escalationId: randomUUID() }), fields: { escalationId: 'id', note: 'text' } },
  { event: 'consultation:timeline', as: 'counselor', base: (i) => ({ consultationId: i.consultationId }), fields: { consultationId: 'id' } },
  { event: 'messages:read', as: 'counselor', base: (i) => ({ consultationId: i.consultationId, upToSeq: 1 }), fields: { consultationId: 'id', upToSeq: 'count' } },
];
/** Events that take no payload: only a payload that is not an object at all is wrong. */
const EMPTY_EVENTS: [string, Sender][] = [
  ['consultation:leave', 'unbound'], ['consultation:delete', 'unbound'], ['survey:get', 'unbound'], ['queue:list', 'counselor'], ['consultations:list', 'counselor'], ['handoff:candidates', 'counselor'], ['escalations:list', 'counselor'],
];
const NOT_OBJECTS: [string, unknown][] = [
  ['a string', 'just a string'], ['a number', 7], ['true', true], ['an array', [1, 2]], ['an SQL string', SQL[1]], ['a Buffer', Buffer.from('binary attachment')],
];

function fieldCases(spec: EventSpec, ids: Ids): SocketCase[] {
  const out: SocketCase[] = [];
  const base = spec.base(ids);
  for (const [field, kind] of Object.entries(spec.fields)) {
    for (const [what, value] of BAD[kind]) {
      out.push({ kind: 'socket', label: `${spec.event}.${field} = ${what}`, as: spec.as, event: spec.event, payload: { ...base, [field]: value() }, expect: INVALID });
    }
    if (field in base) {
      const { [field]: _gone, ...rest } = base;
      out.push({ kind: 'socket', label: `${spec.event} without ${field}`, as: spec.as, event: spec.event, payload: rest, expect: INVALID });
    }
  }
  for (const [what, value] of NOT_OBJECTS) {
    out.push({ kind: 'socket', label: `${spec.event} payload = ${what}`, as: spec.as, event: spec.event, payload: value, expect: INVALID });
  }
  return out;
}

/** Ids that parse but name nothing the caller may touch: random, another counselor's chat, or an id of the wrong kind. */
function forgedIds(ids: Ids): SocketCase[] {
  const refused = ['FORBIDDEN', 'NOT_FOUND', 'ALREADY_CLAIMED'];
  const out: SocketCase[] = [];
  const forged: [string, string][] = [['a random UUID', randomUUID()], ["another counselor's chat", ids.otherConsultationId], ['a staff id', ids.staffId]];
  const byId = ['message:send', 'consultation:close', 'messages:sync', 'consultation:handover', 'risk:set', 'risk:get', 'consultation:transfer',
    'consultation:monitor', 'consultation:takeover', 'consultation:escalate', 'consultation:timeline', 'consultation:claim', 'messages:read'];
  for (const event of byId) {
    const spec = STAFF_EVENTS.find((s) => s.event === event)!;
    for (const [what, id] of forged) {
      out.push({ kind: 'socket', label: `${event} on ${what}`, as: 'counselor', event, payload: { ...spec.base(ids), consultationId: id }, expect: refused });
    }
  }
  for (const event of ['handoff:respond', 'escalation:ack', 'escalation:resolve']) {
    const spec = STAFF_EVENTS.find((s) => s.event === event)!;
    const key = event === 'handoff:respond' ? 'handoffId' : 'escalationId';
    for (const [what, id] of forged) out.push({ kind: 'socket', label: `${event} on ${what}`, as: 'counselor', event, payload: { ...spec.base(ids), [key]: id }, expect: refused });
  }
  return out;
}

/** Extra fields that try to speak as someone else or reach another chat; the caller's own rights still decide. */
function privilegeSeeking(ids: Ids): SocketCase[] {
  const extra = { sender: 'staff', visibility: 'staff', staffId: ids.staffId, asMonitor: true, roles: ['admin'], seq: 1 };
  return [
    { kind: 'socket', label: 'unbound visitor message:send naming a chat', as: 'unbound', event: 'message:send', payload: { clientMessageId: 'p-1', body: 'x', consultationId: ids.consultationId, ...extra }, expect: ['NOT_BOUND'] },
    { kind: 'socket', label: 'unbound visitor messages:sync naming a chat', as: 'unbound', event: 'messages:sync', payload: { afterSeq: 0, consultationId: ids.consultationId }, expect: ['NOT_BOUND'] },
    { kind: 'socket', label: 'unbound visitor leave naming a chat', as: 'unbound', event: 'consultation:leave', payload: { consultationId: ids.consultationId }, expect: ['NOT_BOUND'] },
    { kind: 'socket', label: 'outsider message:send as the assignee', as: 'outsider', event: 'message:send', payload: { consultationId: ids.consultationId, clientMessageId: 'p-2', body: 'x', ...extra }, expect: ['FORBIDDEN'] },
    { kind: 'socket', label: 'outsider messages:sync as a supervisor', as: 'outsider', event: 'messages:sync', payload: { consultationId: ids.consultationId, afterSeq: 0, ...extra }, expect: ['FORBIDDEN'] },
    { kind: 'socket', label: 'outsider close with roles', as: 'outsider', event: 'consultation:close', payload: { consultationId: ids.consultationId, ...extra }, expect: ['FORBIDDEN'] },
    { kind: 'socket', label: 'outsider monitor with roles', as: 'outsider', event: 'consultation:monitor', payload: { consultationId: ids.consultationId, ...extra }, expect: ['FORBIDDEN'] },
    { kind: 'socket', label: 'outsider takeover with roles', as: 'outsider', event: 'consultation:takeover', payload: { consultationId: ids.consultationId, ...extra }, expect: ['FORBIDDEN'] },
    { kind: 'socket', label: 'outsider sync with a __proto__ key', as: 'outsider', event: 'messages:sync', payload: Object.assign(PROTO() as object, { consultationId: ids.consultationId, afterSeq: 0 }), expect: ['FORBIDDEN'] },
    { kind: 'socket', label: 'admin queue:list with roles', as: 'admin', event: 'queue:list', payload: { roles: ['counselor'] }, expect: ['FORBIDDEN'] },
    { kind: 'socket', label: 'admin messages:sync with roles', as: 'admin', event: 'messages:sync', payload: { consultationId: ids.consultationId, afterSeq: 0, roles: ['supervisor'] }, expect: ['FORBIDDEN'] },
    { kind: 'socket', label: 'transfer to a target with an extra key', as: 'counselor', event: 'consultation:transfer', payload: { consultationId: ids.consultationId, mode: 'cold', to: { team: 'family', staffId: ids.staffId } }, expect: INVALID },
    // The parser drops a `__proto__` answer key, so what is left is an empty survey for a consultation still open.
    { kind: 'socket', label: 'survey:submit with a __proto__ answer', as: 'visitor', event: 'survey:submit', payload: { answers: PROTO() }, expect: ['CONFLICT'] },
    { kind: 'socket', label: 'an event no namespace has', as: 'counselor', event: 'admin:grant', payload: { roles: ['admin'] }, expect: ['UNKNOWN_EVENT'] },
    { kind: 'socket', label: 'a prototype name as an event', as: 'counselor', event: '__proto__', payload: {}, expect: ['UNKNOWN_EVENT'] },
    { kind: 'socket', label: 'constructor as an event', as: 'visitor', event: 'constructor', payload: {}, expect: ['UNKNOWN_EVENT'] },
    { kind: 'socket', label: 'toString as an event', as: 'unbound', event: 'toString', payload: {}, expect: ['UNKNOWN_EVENT'] },
  ];
}

export function socketCorpus(ids: Ids): SocketCase[] {
  const empty: SocketCase[] = EMPTY_EVENTS.flatMap(([event, as]) =>
    NOT_OBJECTS.map(([what, payload]): SocketCase => ({ kind: 'socket', label: `${event} payload = ${what}`, as, event, payload, expect: INVALID })));
  return [...EVENTS, ...STAFF_EVENTS].flatMap((s) => fieldCases(s, ids)).concat(empty, forgedIds(ids), privilegeSeeking(ids));
}

const H400 = [400, 'INVALID_PAYLOAD'] as const;
const staffBody = { loginId: 'hostile.user', displayName: 'x', password: 'long-enough-password', roles: ['counselor'] };

export function httpCorpus(ids: Ids): HttpCase[] {
  const out: HttpCase[] = [];
  const add = (label: string, method: string, path: string, body: unknown, expect: readonly [number, Code] = H400, as: Sender = 'admin') =>
    out.push({ kind: 'http', label, as, method, path, body, expect });
  for (const [field, bads] of [['loginId', NOT_FORMATTED], ['displayName', NOT_TEXT], ['password', NOT_TEXT], ['roles', NOT_FORMATTED]] as const) {
    for (const [what, value] of bads) add(`POST /api/staff ${field} = ${what}`, 'POST', '/api/staff', { ...staffBody, [field]: value() });
  }
  for (const [what, value] of NOT_FORMATTED) add(`POST /api/shifts startsAt = ${what}`, 'POST', '/api/shifts', { staffId: ids.staffId, startsAt: value(), endsAt: '2099-01-01T10:00:00Z' });
  for (const [what, value] of NOT_FORMATTED.slice(0, 8)) add(`POST /api/shifts staffId = ${what}`, 'POST', '/api/shifts', { staffId: value(), startsAt: '2099-01-01T09:00:00Z', endsAt: '2099-01-01T10:00:00Z' });
  for (const [what, value] of NOT_TEXT) add(`POST /api/auth/login loginId = ${what}`, 'POST', '/api/auth/login', { loginId: value(), password: 'whatever-password' }, H400, 'anonymous');
  for (const [what, value] of NOT_TEXT) add(`PUT /api/settings serviceName = ${what}`, 'PUT', '/api/settings', { serviceName: value() });
  for (const [what, value] of NOT_A_PATCH) add(`PATCH /api/staff/:id body = ${what}`, 'PATCH', `/api/staff/${ids.staffId}`, value);
  for (const s of [...SQL, ...XSS, '..%2F..%2Fetc%2Fpasswd', 'not-a-uuid']) {
    add(`PATCH /api/staff/${s}`, 'PATCH', `/api/staff/${encodeURIComponent(s)}`, { displayName: 'x' });
    add(`DELETE /api/shifts/${s}`, 'DELETE', `/api/shifts/${encodeURIComponent(s)}`, undefined);
  }
  add('PATCH /api/staff/<random uuid>', 'PATCH', `/api/staff/${randomUUID()}`, { displayName: 'x' }, [404, 'NOT_FOUND']);
  add('DELETE /api/shifts/<random uuid>', 'DELETE', `/api/shifts/${randomUUID()}`, undefined, [404, 'NOT_FOUND']);
  add('DELETE /api/shifts/<a staff id>', 'DELETE', `/api/shifts/${ids.staffId}`, undefined, [404, 'NOT_FOUND']);
  add('POST /api/staff/<random uuid>/password-reset', 'POST', `/api/staff/${randomUUID()}/password-reset`, undefined, [404, 'NOT_FOUND']);
  add('POST /api/shifts for a random staff id', 'POST', '/api/shifts', { staffId: randomUUID(), startsAt: '2099-01-01T09:00:00Z', endsAt: '2099-01-01T10:00:00Z' }, [400, 'INVALID_PAYLOAD']);
  add('GET /api/shifts?from=<SQL>', 'GET', `/api/shifts?from=${encodeURIComponent(SQL[0]!)}`, undefined);
  add('GET /api/audit?limit=<huge>', 'GET', '/api/audit?limit=99999999999999999999', undefined);
  add('GET /api/audit?before=<SQL>', 'GET', `/api/audit?before=${encodeURIComponent(SQL[1]!)}`, undefined);
  add('GET /api/roster/coverage without a range', 'GET', '/api/roster/coverage', undefined);
  add('GET /api/status?locale=<XSS>', 'GET', `/api/status?locale=${encodeURIComponent(XSS[0]!)}`, undefined, H400, 'anonymous');
  add('POST /api/shifts/bulk with an unknown op', 'POST', '/api/shifts/bulk', { op: 'dropAll' });
  add('POST /api/shifts/bulk copyWeek weeks = 10^9', 'POST', '/api/shifts/bulk', { op: 'copyWeek', weekStart: '2099-01-05', weeks: 1e9 });
  add('POST /api/setup with a forged token', 'POST', '/api/setup', { ...staffBody, token: `${SQL[0]}xxxxxxxx` }, [409, 'CONFLICT'], 'anonymous');
  add('PUT /api/settings deep nesting', 'PUT', '/api/settings', deep(2000));
  const canned = { scope: 'personal', title: 't', body: { ja: 'x', en: '' } };
  for (const [field, bads] of [['scope', NOT_FORMATTED], ['title', NOT_TEXT], ['body', NOT_A_SCALAR_BODY]] as const) {
    for (const [what, value] of bads) add(`POST /api/canned-replies ${field} = ${what}`, 'POST', '/api/canned-replies', { ...canned, [field]: value() });
  }
  add('PATCH /api/canned-replies/<random uuid>', 'PATCH', `/api/canned-replies/${randomUUID()}`, { title: 'x' }, [404, 'NOT_FOUND']);
  add('DELETE /api/canned-replies/<SQL>', 'DELETE', `/api/canned-replies/${encodeURIComponent(SQL[0]!)}`, undefined);
  const question = { kind: 'yesno', text: { ja: '質問', en: 'Question' } };
  for (const [field, bads] of [['kind', NOT_FORMATTED], ['text', NOT_A_SCALAR_BODY]] as const) {
    for (const [what, value] of bads) add(`POST /api/survey/questions ${field} = ${what}`, 'POST', '/api/survey/questions', { ...question, [field]: value() });
  }
  add('PUT /api/survey/questions/order ids = SQL', 'PUT', '/api/survey/questions/order', { ids: [SQL[0]] });
  add('PUT /api/survey/questions/order ids = deep', 'PUT', '/api/survey/questions/order', { ids: deep(50) });
  add('PATCH /api/survey/questions/<XSS>', 'PATCH', `/api/survey/questions/${encodeURIComponent(XSS[0]!)}`, { retired: true });
  for (const [what, query] of [
    ['from = SQL', `from=${encodeURIComponent(SQL[0]!)}&to=2026-02-01T00:00:00Z`], ['from after to', 'from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z'],
    ['ten years', 'from=2016-01-01T00:00:00Z&to=2026-01-01T00:00:00Z'], ['format = xml', 'from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&format=xml'],
    ['no range', ''],
  ] as const) add(`GET /api/reports/overview ${what}`, 'GET', `/api/reports/overview?${query}`, undefined);
  add('PUT /api/settings array', 'PUT', '/api/settings', [1, 2, 3]);
  const raw = (label: string, method: string, path: string, text: string | Buffer, type: string, expect: readonly [number, Code] = H400, as: Sender = 'admin') =>
    out.push({ kind: 'http', label, as, method, path, raw: { text, type }, expect });
  raw('malformed JSON', 'POST', '/api/staff', '{"loginId": ', 'application/json');
  raw('a __proto__ key in JSON', 'POST', '/api/staff', JSON.stringify(staffBody).replace('{', '{"__proto__": {"isAdmin": true},'), 'application/json');
  raw('a constructor.prototype key in JSON', 'PATCH', `/api/staff/${ids.staffId}`, '{"constructor": {"prototype": {"isAdmin": true}}}', 'application/json');
  raw('a 1 MB JSON string', 'POST', '/api/staff', JSON.stringify({ ...staffBody, displayName: 'x'.repeat(1 << 20) }), 'application/json', [413, 'INVALID_PAYLOAD']);
  raw('a 1 MB login body', 'POST', '/api/auth/login', JSON.stringify({ loginId: 'x'.repeat(1 << 20), password: 'p' }), 'application/json', [413, 'INVALID_PAYLOAD'], 'anonymous');
  raw('binary as JSON', 'POST', '/api/staff', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02]), 'application/json');
  raw('binary octet-stream', 'POST', '/api/staff', Buffer.from([0xde, 0xad, 0xbe, 0xef]), 'application/octet-stream', [415, 'INVALID_PAYLOAD']);
  raw('a form body', 'POST', '/api/auth/login', 'loginId=admin&password=x', 'application/x-www-form-urlencoded', [415, 'INVALID_PAYLOAD'], 'anonymous');
  raw('text/plain JSON', 'PUT', '/api/settings', '{"serviceName": {"ja": "x", "en": "y"}}', 'text/plain');
  raw('NUL in JSON', 'POST', '/api/staff', JSON.stringify({ ...staffBody, displayName: 'a\u0000b' }), 'application/json');
  raw('a lone surrogate as a login id', 'POST', '/api/auth/login', '{"loginId": "ab\\ud800cd", "password": "whatever-password"}', 'application/json', H400, 'anonymous');
  return out;
}

/** Invalid for an object field (a localized text, a reply's bodies). */
const NOT_A_SCALAR_BODY: readonly [string, () => unknown][] = [
  ['a string', () => 'x'], ['a number', () => 1], ['an array', () => ['x']], ['null', () => null], ['empty', () => ({})], ['deep', () => deep(300)], ['a __proto__ key', PROTO],
];

const NOT_A_PATCH: readonly [string, unknown][] = [
  ['empty', {}], ['roles = admin string', { roles: 'admin' }], ['active = "false"', { active: 'false' }], ['maxConcurrent = 1e9', { maxConcurrent: 1e9 }],
  ['teams = deep', { teams: deep(100) }], ['password = 3 chars', { password: 'abc' }],
];
