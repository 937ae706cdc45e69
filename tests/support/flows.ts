/** Building blocks that several flows share: a started visitor, a counselor on duty, a claimed chat, refused handshakes. */
import {
  NAMESPACES, type ConsultationStart, type ConsultationStarted, type ConsultationView, type Role, type VisitorConsultationUpdate,
  type WireMessage,
} from '@hidamari/shared';
import { io, type Socket } from 'socket.io-client';
import {
  counselRoleOf, coveringNow, createShift, createStaff, ok, staffSocket, visitorSocket, type CreatedStaff, type ShiftWindow, type StaffClient,
  type VisitorClient,
} from './clients.js';
import type { TestServer } from './test-server.js';

export interface StartedVisitor { socket: VisitorClient; started: ConsultationStarted }
export interface Counselor extends CreatedStaff {
  socket: StaffClient;
  /** The shift put on the roster for them (the roster decides who may go on duty), if any. */
  shiftId?: string;
}
export interface ClaimedChat { visitor: StartedVisitor; counselor: Counselor; consultationId: string }

/** Keeps every socket a test opens, so `closeAll` can drop them whatever the outcome. */
export class SocketBag {
  private readonly sockets: Socket[] = [];
  add<S extends Socket>(socket: S): S {
    this.sockets.push(socket);
    return socket;
  }
  closeAll(): void {
    this.sockets.splice(0).forEach((s) => s.disconnect());
  }
}

export async function startVisitor(server: TestServer, bag: SocketBag, payload: Partial<ConsultationStart> = {}): Promise<StartedVisitor> {
  const socket = bag.add(await visitorSocket(server));
  const started = await ok(socket, 'consultation:start', { audience: 'self', topic: 'daily-life', ...payload });
  return { socket, started };
}

/**
 * A staff member with a /staff socket. Someone who may counsel first gets a shift covering now (or `shift`), as only
 * the roster lets a person go on duty; `shift: false` gives none. Then on duty unless `onDuty: false`.
 */
export async function counselor(
  server: TestServer,
  bag: SocketBag,
  opts: { roles?: Role[]; maxConcurrent?: number; displayName?: string; teams?: string[]; onDuty?: boolean; shift?: ShiftWindow | false } = {},
): Promise<Counselor> {
  const member = await createStaff(server, opts);
  const role = counselRoleOf(member.staff.roles);
  const shiftId = role && opts.shift !== false ? await createShift(server, member.staff.id, opts.shift ?? coveringNow(), role) : undefined;
  const socket = bag.add(await staffSocket(server, member.cookie));
  if (opts.onDuty ?? true) await ok(socket, 'duty:set', { onDuty: true });
  return { ...member, socket, ...(shiftId ? { shiftId } : {}) };
}

/** A counselor in `team`, on a shift covering now and on duty unless told otherwise. */
export function teamMember(server: TestServer, bag: SocketBag, team: string, onDuty = true): Promise<Counselor> {
  return counselor(server, bag, { teams: [team], onDuty });
}

/** A visitor whose consultation a fresh on-duty counselor has claimed. */
export async function claimedChat(server: TestServer, bag: SocketBag, payload: Partial<ConsultationStart> = {}): Promise<ClaimedChat> {
  const visitor = await startVisitor(server, bag, payload);
  const c = await counselor(server, bag);
  const consultationId = visitor.started.consultationId;
  await ok(c.socket, 'consultation:claim', { consultationId });
  return { visitor, counselor: c, consultationId };
}

/** Connects a visitor with a token, recording `consultation:updated` from before the handshake so the first one is never missed. */
export function reconnectVisitor(server: TestServer, bag: SocketBag, token: string): Promise<{ socket: VisitorClient; updates: VisitorConsultationUpdate[] }> {
  const updates: VisitorConsultationUpdate[] = [];
  const socket: VisitorClient = bag.add(
    io(server.url + NAMESPACES.visitor, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false, autoConnect: false }),
  );
  socket.on('consultation:updated', (u) => updates.push(u));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, updates }));
    socket.once('connect_error', reject);
    socket.connect();
  });
}

/** Opens a socket that the server must refuse; resolves with the connect_error (rejects if it connects). */
export function refusedHandshake(
  server: TestServer,
  namespace: string,
  opts: { auth?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<Error> {
  const socket = io(server.url + namespace, {
    auth: opts.auth ?? {},
    extraHeaders: opts.headers ?? {},
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.disconnect();
      reject(new Error(`no answer to the ${namespace} handshake`));
    }, 10_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.disconnect();
      reject(new Error(`the ${namespace} handshake was accepted`));
    });
    socket.once('connect_error', (err) => {
      clearTimeout(timer);
      socket.disconnect();
      resolve(err);
    });
  });
}

/** Collects every payload of `event` on `socket`. */
export function record<T>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (p: T) => seen.push(p));
  return seen;
}

/** Retries `check` until it stops throwing or `ms` pass; the last failure is rethrown. */
export async function eventually<T>(check: () => Promise<T> | T, ms = 10_000, every = 100): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, every));
    }
  }
}

export async function visitorSync(socket: VisitorClient, afterSeq = 0): Promise<WireMessage[]> {
  return (await ok(socket, 'messages:sync', { afterSeq })).messages;
}

export async function staffSync(socket: StaffClient, consultationId: string, afterSeq = 0): Promise<WireMessage[]> {
  return (await ok(socket, 'messages:sync', { consultationId, afterSeq })).messages;
}

export async function myConsultations(socket: StaffClient): Promise<ConsultationView[]> {
  return (await ok(socket, 'consultations:list')).consultations;
}

export const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Resolves with the reason when the server drops `socket`; rejects if it has not within `ms`. */
export function dropped(socket: Socket, ms = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the socket was not disconnected')), ms);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}
