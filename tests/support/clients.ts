/** Real HTTP and Socket.IO clients for integration tests, written only against the public contract. */
import {
  NAMESPACES, type Ack, type AckData, type EventAck, type EventName, type EventPayload, type Role, type StaffClientEvents,
  type StaffServerEvents, type StaffView, type VisitorClientEvents, type VisitorServerEvents,
} from '@hidamari/shared';
import { io, type Socket } from 'socket.io-client';
import type { TestServer } from './test-server.js';

export type VisitorClient = Socket<VisitorServerEvents, VisitorClientEvents>;
export type StaffClient = Socket<StaffServerEvents, StaffClientEvents>;

export const ADMIN = { loginId: 'admin', password: 'admin-password-123' };
export const ADMIN_ENV = { ADMIN_LOGIN: ADMIN.loginId, ADMIN_PASSWORD: ADMIN.password };

export async function http<T = unknown>(
  server: TestServer,
  method: string,
  path: string,
  opts: { body?: unknown; cookie?: string; origin?: string | null } = {},
): Promise<{ status: number; body: T; cookie?: string }> {
  const headers: Record<string, string> = {};
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.origin !== null) headers.origin = opts.origin ?? server.url;
  const res = await fetch(server.url + path, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  const setCookie = res.headers.get('set-cookie');
  return {
    status: res.status,
    body: (text ? JSON.parse(text) : undefined) as T,
    cookie: setCookie ? setCookie.split(';')[0] : undefined,
  };
}

export async function login(server: TestServer, loginId: string, password: string): Promise<string> {
  const res = await http<{ staff: StaffView }>(server, 'POST', '/api/auth/login', { body: { loginId, password } });
  if (res.status !== 200 || !res.cookie) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.cookie;
}

const adminSessions = new WeakMap<TestServer, Promise<string>>();

/** The ADMIN_ENV admin's session cookie on this server, logged in once per server (password hashing is slow on purpose). */
export function adminSession(server: TestServer): Promise<string> {
  let session = adminSessions.get(server);
  if (!session) {
    session = login(server, ADMIN.loginId, ADMIN.password);
    session.catch(() => adminSessions.delete(server));
    adminSessions.set(server, session);
  }
  return session;
}

let seq = 0;
export interface CreatedStaff { staff: StaffView; cookie: string; password: string }

/** Creates a staff member through the admin API (the server must run with ADMIN_ENV) and logs them in. */
export async function createStaff(
  server: TestServer,
  opts: { roles?: Role[]; maxConcurrent?: number; displayName?: string; teams?: string[] } = {},
): Promise<CreatedStaff> {
  const adminCookie = await adminSession(server);
  const loginId = `staff${process.pid}x${++seq}x${Math.floor(Math.random() * 1e6)}`;
  const password = 'staff-password-123';
  const res = await http<{ staff: StaffView }>(server, 'POST', '/api/staff', {
    cookie: adminCookie,
    body: {
      loginId,
      password,
      displayName: opts.displayName ?? `Counselor ${seq}`,
      roles: opts.roles ?? ['counselor'],
      ...(opts.teams ? { teams: opts.teams } : {}),
      ...(opts.maxConcurrent ? { maxConcurrent: opts.maxConcurrent } : {}),
    },
  });
  if (res.status !== 201) throw new Error(`create staff failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { staff: res.body.staff, cookie: await login(server, loginId, password), password };
}

export interface ShiftWindow { startsAt: Date; endsAt: Date }

/** A shift from an hour ago to eight hours ahead: covers now and the rest of any test. */
export const coveringNow = (): ShiftWindow => ({ startsAt: new Date(Date.now() - 3600_000), endsAt: new Date(Date.now() + 8 * 3600_000) });

/** The counselling role a shift of this person is in (counselor first), or undefined when they hold none. */
export const counselRoleOf = (roles: readonly Role[]): Role | undefined => roles.find((r) => r === 'counselor') ?? roles.find((r) => r === 'supervisor');

/** Puts a shift on the roster through the admin API (the server must run with ADMIN_ENV); answers its id. */
export async function createShift(server: TestServer, staffId: string, window: ShiftWindow = coveringNow(), role?: Role): Promise<string> {
  const res = await http<{ shift: { id: string } }>(server, 'POST', '/api/shifts', {
    cookie: await adminSession(server),
    body: { staffId, startsAt: window.startsAt.toISOString(), endsAt: window.endsAt.toISOString(), ...(role ? { role } : {}) },
  });
  if (res.status !== 201) throw new Error(`create shift failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.shift.id;
}

function waitConnect<S extends Socket>(socket: S): Promise<S> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => reject(err));
  });
}

/** `headers`: e.g. an X-Forwarded-For, to speak as another client behind a trusted proxy. */
export function visitorSocket(server: TestServer, token?: string, opts: { headers?: Record<string, string> } = {}): Promise<VisitorClient> {
  const socket: VisitorClient = io(server.url + NAMESPACES.visitor, {
    auth: token ? { token } : {},
    ...(opts.headers ? { extraHeaders: opts.headers } : {}),
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  return waitConnect(socket);
}

export function staffSocket(server: TestServer, cookie: string): Promise<StaffClient> {
  const socket: StaffClient = io(server.url + NAMESPACES.staff, {
    extraHeaders: { cookie },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  return waitConnect(socket);
}

/** The client → server map of a typed client socket: the events it may emit, their payloads and acks. */
export type EmitMap<S> = S extends Socket<infer _Listen, infer Emit> ? Emit : never;
/** The payload argument: optional where the event takes none. */
type PayloadArg<M, E extends keyof M> = undefined extends EventPayload<M, E> ? [payload?: EventPayload<M, E>] : [payload: EventPayload<M, E>];

const ACK_TIMEOUT_MS = 10_000;

interface RawEmitter {
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
}

/** Emits an event of the socket's namespace (name, payload and answer typed by the shared map) and resolves with its acknowledgement. */
export function call<S extends VisitorClient | StaffClient, E extends EventName<EmitMap<S>>>(
  socket: S,
  event: E,
  ...[payload]: PayloadArg<EmitMap<S>, E>
): Promise<EventAck<EmitMap<S>, E>> {
  return callRaw(socket, event, payload) as Promise<EventAck<EmitMap<S>, E>>;
}

/** Untyped on purpose: for tests that send what no well-behaved client would (bad payloads, unknown events). */
export async function callRaw(socket: Socket, event: string, payload?: unknown): Promise<Ack> {
  return (await (socket as unknown as RawEmitter).timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload ?? {})) as Ack;
}

/** Like `call`, but throws unless the ack is ok, and returns its data. */
export async function ok<S extends VisitorClient | StaffClient, E extends EventName<EmitMap<S>>>(
  socket: S,
  event: E,
  ...payload: PayloadArg<EmitMap<S>, E>
): Promise<AckData<EmitMap<S>, E>> {
  const res = await call(socket, event, ...payload);
  if (!res.ok) throw new Error(`${event} failed: ${JSON.stringify(res.error)}`);
  return res as AckData<EmitMap<S>, E>;
}

/** Resolves with the next `event` on `socket` that matches `pred`. */
export function next<T>(socket: Socket, event: string, pred: (p: T) => boolean = () => true, ms = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`timed out waiting for ${event}`));
    }, ms);
    const handler = (payload: T) => {
      if (!pred(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(payload);
    };
    socket.on(event, handler);
  });
}
