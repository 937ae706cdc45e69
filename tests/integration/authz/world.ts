/**
 * The callers of the matrix, built once per test file on one server, and the targets (fixtures) each row acts on.
 * Everything goes through the public API, except moving one session's expiry into the past (no waiting).
 */
import { NAMESPACES, type StaffView } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { io } from 'socket.io-client';
import { hashToken } from '../../../server/src/auth/tokens.js';
import {
  adminSession, createShift, createStaff, http, login, ok, staffSocket, type StaffClient, type VisitorClient,
} from '../../support/clients.js';
import { counselor, dropped, startVisitor, type SocketBag } from '../../support/flows.js';
import type { TestServer } from '../../support/test-server.js';
import type { Caller, LiveStaff } from './callers.js';
import type { Credentials, Fixture, FixtureKind } from './fixture.js';

export interface LiveMember { staff: StaffView; cookie: string; password: string; socket: StaffClient }
export interface World {
  live: Record<LiveStaff, LiveMember>;
  /** Callers whose cookie no longer authenticates. */
  dead: Record<'deactivated' | 'expired-session', { cookie: string; password: string; loginId: string }>;
  /** A spare counselor the admin routes act on. */
  spare: StaffView;
}

const tokenOf = (cookie: string): string => cookie.slice(cookie.indexOf('=') + 1);

async function patchStaff(server: TestServer, id: string, body: object): Promise<void> {
  const res = await http(server, 'PATCH', `/api/staff/${id}`, { cookie: await adminSession(server), body });
  if (res.status !== 200) throw new Error(`PATCH staff failed: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function buildWorld(server: TestServer, bag: SocketBag): Promise<World> {
  const roomy = { maxConcurrent: 10 };
  const [assigned, unassigned, offDuty, supervisor, adminOnly, roleRemoved] = await Promise.all([
    counselor(server, bag, roomy),
    counselor(server, bag, roomy),
    counselor(server, bag, { ...roomy, onDuty: false }),
    counselor(server, bag, { ...roomy, roles: ['supervisor'] }),
    counselor(server, bag, { roles: ['admin'], onDuty: false }),
    counselor(server, bag, { ...roomy, roles: ['counselor', 'supervisor'] }),
  ]);
  // The supervisor role goes while the socket stays open: what it may do must follow the roles now, not at connect.
  await patchStaff(server, roleRemoved.staff.id, { roles: ['counselor'] });

  const deactivated = await createStaff(server);
  const socket = bag.add(await staffSocket(server, deactivated.cookie));
  const gone = dropped(socket);
  await patchStaff(server, deactivated.staff.id, { active: false });
  await gone;

  const expired = await createStaff(server);
  await server.hidamari.database.db.execute(
    sql`UPDATE staff_sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = ${hashToken(tokenOf(expired.cookie))}`,
  );
  const spare = (await createStaff(server)).staff;

  return {
    live: {
      'counselor-assigned': assigned, 'counselor-unassigned': unassigned, 'counselor-off-duty': offDuty, supervisor, 'admin-only': adminOnly,
      'role-removed': roleRemoved,
    },
    dead: {
      deactivated: { cookie: deactivated.cookie, password: deactivated.password, loginId: deactivated.staff.loginId },
      'expired-session': { cookie: expired.cookie, password: expired.password, loginId: expired.staff.loginId },
    },
    spare,
  };
}

/** The credentials a caller would sign in with (visitors and anonymous callers have none). */
export function credentialsOf(world: World, caller: Caller): Credentials | undefined {
  if (caller === 'deactivated' || caller === 'expired-session') return { loginId: world.dead[caller].loginId, password: world.dead[caller].password };
  if (caller in world.live) {
    const m = world.live[caller as LiveStaff];
    return { loginId: m.staff.loginId, password: m.password };
  }
  return undefined;
}

/** The cookie (and, for visitors, bearer token) a caller sends over HTTP and in a /staff handshake. */
export function headersOf(world: World, caller: Caller, f: Fixture): Record<string, string> {
  const visitorToken = caller === 'visitor-own' ? f.token : caller === 'visitor-other' ? f.otherToken : undefined;
  if (visitorToken) return { cookie: `hidamari_session=${visitorToken}`, authorization: `Bearer ${visitorToken}` };
  if (caller === 'anonymous') return {};
  if (caller === 'deactivated' || caller === 'expired-session') return { cookie: world.dead[caller].cookie };
  return { cookie: world.live[caller as LiveStaff].cookie };
}

let counter = 0;
export interface FixtureHandle { fixture: Fixture; visitor: VisitorClient; close(): Promise<void> }

/** A target consultation in the state `kind` names, and another open one; `close` ends both (the visitors leave). */
export async function makeFixture(server: TestServer, bag: SocketBag, world: World, kind: FixtureKind): Promise<FixtureHandle> {
  const [target, other] = await Promise.all([
    startVisitor(server, bag, { message: 'matrix target' }),
    startVisitor(server, bag, { message: 'matrix other' }),
  ]);
  const consultationId = target.started.consultationId;
  const assignee = world.live['counselor-assigned'].socket;
  let handoffId: string | undefined;
  let escalationId: string | undefined;
  if (kind !== 'queued') await ok(assignee, 'consultation:claim', { consultationId });
  if (kind === 'handoff') {
    const to = { staffId: world.live['counselor-unassigned'].staff.id };
    handoffId = (await ok(assignee, 'consultation:transfer', { consultationId, to, mode: 'warm' })).handoffId;
  }
  if (kind === 'escalation') escalationId = (await ok(assignee, 'consultation:escalate', { consultationId, level: 'consult' })).escalation.id;
  if (kind === 'closed') await ok(assignee, 'consultation:close', { consultationId, outcome: 'listened' });
  const cannedId = kind === 'canned' ? await personalReply(server, world.live['counselor-assigned'].cookie) : undefined;
  const questionIds = kind === 'survey' ? await activeQuestions(server) : undefined;
  const serviceId = kind === 'service' ? await adminCreated(server, '/api/services', 'service', DIRECTORY_ENTRY) : undefined;
  const offerId = kind === 'offer' ? await adminCreated(server, '/api/offers', 'offer', CENTER_OFFER) : undefined;
  // A day of its own far ahead, so the spare's shifts never overlap.
  const day = Date.UTC(2098, 0, 1) + ++counter * 86_400_000;
  const shiftId = await createShift(server, world.spare.id, { startsAt: new Date(day), endsAt: new Date(day + 2 * 3600_000) });
  const fixture: Fixture = {
    consultationId, token: target.started.token, resumeCode: target.started.resumeCode,
    otherToken: other.started.token, otherConsultationId: other.started.consultationId,
    ...(handoffId ? { handoffId } : {}), ...(escalationId ? { escalationId } : {}), ...(cannedId ? { cannedId } : {}), ...(questionIds ? { questionIds } : {}),
    ...(serviceId ? { serviceId } : {}), ...(offerId ? { offerId } : {}),
    staffId: world.spare.id, shiftId, unique: `${process.pid}x${counter}`,
  };
  const { consultations } = server.hidamari.services;
  return {
    fixture,
    visitor: target.socket,
    // Leaving closes whatever state the row left it in, so the counselors' capacity is free for the next row.
    close: async () => {
      await Promise.all([consultations.leave(consultationId), consultations.leave(other.started.consultationId)]);
    },
  };
}

async function personalReply(server: TestServer, cookie: string): Promise<string> {
  const body = { scope: 'personal', title: 'matrix', body: { ja: 'どうぞ', en: '' } };
  const res = await http<{ reply: { id: string } }>(server, 'POST', '/api/canned-replies', { cookie, body });
  if (res.status !== 201) throw new Error(`canned reply: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.reply.id;
}

const DIRECTORY_ENTRY = { kind: 'ibasho', name: '居場所 ひなた', area: { prefecture: '東京都' }, description: '' };
const CENTER_OFFER = { title: '家族教室', startsAt: '2099-04-01T05:00:00Z', place: 'オンライン', audience: 'family', description: '' };

/** Something an admin creates (a directory entry, an offer): its id. */
async function adminCreated(server: TestServer, path: string, key: 'service' | 'offer', body: object): Promise<string> {
  const res = await http<Record<string, { id: string }>>(server, 'POST', path, { cookie: await adminSession(server), body });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body[key]!.id;
}

async function activeQuestions(server: TestServer): Promise<string[]> {
  const res = await http<{ questions: { id: string; retired: boolean }[] }>(server, 'GET', '/api/survey/questions', { cookie: await adminSession(server) });
  if (res.status !== 200) throw new Error(`survey questions: ${res.status}`);
  return res.body.questions.filter((q) => !q.retired).map((q) => q.id);
}

/** A second session of a live caller (the logout row ends it, not the one their socket lives on). */
export const secondSession = (server: TestServer, m: LiveMember): Promise<string> => login(server, m.staff.loginId, m.password);

/** Opens a socket as `caller` in a namespace; answers the socket, or the handshake's refusal code. */
export function connectAs(
  server: TestServer, bag: SocketBag, ns: 'visitor' | 'staff', headers: Record<string, string>, auth: Record<string, string>,
): Promise<{ socket: VisitorClient | StaffClient } | { refused: string }> {
  const socket = bag.add(io(server.url + NAMESPACES[ns], { auth, extraHeaders: headers, transports: ['websocket'], forceNew: true, reconnection: false }));
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ socket }));
    socket.once('connect_error', (err) => resolve({ refused: err.message }));
  });
}
