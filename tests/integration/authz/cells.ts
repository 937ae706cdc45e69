/** Runs one cell of the matrix against the server and reports what happened, in the matrix's own words. */
import type { Ack, TypingChange } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { rows } from '../../../server/src/db/raw.js';
import { callRaw, next, ok, type StaffClient, type VisitorClient } from '../../support/clients.js';
import type { SocketBag } from '../../support/flows.js';
import type { TestServer } from '../../support/test-server.js';
import { isLiveStaff, type Caller } from './callers.js';
import type { HttpRow, SocketRow } from './matrix.js';
import { NOT_RELAYED, OWN_ONLY, type Outcome } from './outcomes.js';
import { connectAs, credentialsOf, headersOf, secondSession, type FixtureHandle, type World } from './world.js';

export interface CellContext { server: TestServer; bag: SocketBag; world: World }

/** What a reader could learn of the target: its state, its number of messages, its last event. */
async function snapshot(server: TestServer, consultationId: string): Promise<string> {
  const found = await rows<{ s: string }>(server.hidamari.database.db, sql`
    SELECT concat_ws('|', c.status, c.assigned_staff_id, c.risk_level,
      (SELECT count(*) FROM messages m WHERE m.consultation_id = c.id),
      (SELECT count(*) FROM consultation_events e WHERE e.consultation_id = c.id)) AS s
    FROM consultations c WHERE c.id = ${consultationId}`);
  return found[0]?.s ?? 'gone';
}

/** Whether a typing:true sent just before reached the other side: a typing:false sentinel from the real party closes the window. */
async function relayed(listener: VisitorClient | StaffClient, sentinel: () => Promise<unknown>, consultationId: string, from: 'visitor' | 'staff', since: TypingChange[]): Promise<boolean> {
  const closing = next<TypingChange>(listener, 'typing:changed', (t) => t.consultationId === consultationId && t.sender === from && !t.typing);
  await sentinel();
  await closing;
  return since.some((t) => t.consultationId === consultationId && t.sender === from && t.typing);
}

function record(socket: VisitorClient | StaffClient): TypingChange[] {
  const seen: TypingChange[] = [];
  (socket as unknown as { on(e: string, f: (t: TypingChange) => void): void }).on('typing:changed', (t) => seen.push(t));
  return seen;
}

export async function runSocketCell(cx: CellContext, row: SocketRow, caller: Caller, h: FixtureHandle): Promise<Outcome> {
  const { server, bag, world } = cx;
  const f = h.fixture;
  let socket: VisitorClient | StaffClient;
  if (row.ns === 'staff' && isLiveStaff(caller)) {
    socket = world.live[caller].socket;
  } else {
    const auth: Record<string, string> = caller === 'visitor-own' ? { token: f.token } : caller === 'visitor-other' ? { token: f.otherToken } : {};
    const opened = await connectAs(server, bag, row.ns, headersOf(world, caller, f), row.ns === 'visitor' ? auth : {});
    if ('refused' in opened) return `handshake ${opened.refused}`;
    socket = opened.socket;
  }

  const assignee = world.live['counselor-assigned'].socket;
  const watching = row.event === 'typing:set' ? record(row.ns === 'staff' ? h.visitor : assignee) : [];
  const before = await snapshot(server, f.consultationId);
  const ack: Ack = await callRaw(socket, row.event, row.payload(f));
  if (!ack.ok) return ack.error.code;
  // The off-duty caller must stay off duty for the rows after this one.
  if (row.event === 'duty:set' && caller === 'counselor-off-duty') await ok(world.live[caller].socket, 'duty:set', { onDuty: false });

  if (row.event === 'typing:set') {
    const heard = row.ns === 'staff'
      ? await relayed(h.visitor, () => ok(assignee, 'typing:set', { consultationId: f.consultationId, typing: false }), f.consultationId, 'staff', watching)
      : await relayed(assignee, () => ok(h.visitor, 'typing:set', { typing: false }), f.consultationId, 'visitor', watching);
    if (heard) return 'ok';
    return row.ns === 'staff' ? NOT_RELAYED : OWN_ONLY;
  }
  // A visitor bound to another consultation: its call must neither name nor change the target.
  if (caller === 'visitor-other') {
    const untouched = before === (await snapshot(server, f.consultationId)) && !JSON.stringify(ack).includes(f.consultationId);
    return untouched ? OWN_ONLY : 'ok';
  }
  return 'ok';
}

export async function runHttpCell(cx: CellContext, row: HttpRow, caller: Caller, h: FixtureHandle, staticPath?: string): Promise<Outcome> {
  const { server, world } = cx;
  const me = credentialsOf(world, caller);
  let headers = headersOf(world, caller, h.fixture);
  // Logging out, and logging in (a new session id: the one the request came with ends), end the session they are sent
  // with: a live caller does them with a second session of theirs, keeping the one its socket lives on.
  const endsSession = row.route === '/api/auth/logout' || row.route === '/api/auth/login';
  if (endsSession && isLiveStaff(caller)) headers = { cookie: await secondSession(server, world.live[caller]) };
  const { path, body } = row.route === '/*' ? { path: staticPath ?? '/', body: undefined } : row.request(h.fixture, me);
  const res = await fetch(server.url + path, {
    method: row.method,
    headers: { ...headers, origin: server.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status < 300) {
    if (row.route === '/api/me/password' && isLiveStaff(caller)) world.live[caller].password = (body as { newPassword: string }).newPassword;
    // A login must not leave the session id the request came with valid (session fixation).
    if (row.route === '/api/auth/login' && headers.cookie && (await fetch(`${server.url}/api/me`, { headers: { cookie: headers.cookie } })).status !== 401) {
      return `${res.status}, but the earlier session still works`;
    }
    return String(res.status);
  }
  const code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  return `${res.status} ${code ?? '(no code)'}`;
}
