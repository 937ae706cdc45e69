import {
  NAMESPACES, type EventAck, type EventName, type EventPayload, type StaffClientEvents, type StaffServerEvents, type VisitorClientEvents,
  type VisitorServerEvents,
} from '@hidamari/shared';
import type { Socket } from 'socket.io-client';

export type VisitorSocket = Socket<VisitorServerEvents, VisitorClientEvents>;
export type StaffSocket = Socket<StaffServerEvents, StaffClientEvents>;

/** The client → server map of a typed client socket: the events it may emit and their acks. */
export type EmitMap<S> = S extends Socket<infer _Listen, infer Emit> ? Emit : never;

type Io = typeof import('socket.io-client').io;
let io: Io | null = null;
let loading: Promise<void> | null = null;

/**
 * socket.io-client is a chunk of its own, so the visitor's first load (the intake form) does not carry it: it is
 * fetched when a socket is first needed, or just after the first paint. The staff app awaits it before it renders.
 */
export function loadSocketIo(): Promise<void> {
  loading ??= import('socket.io-client').then((m) => {
    io = m.io;
  });
  return loading;
}

function loadedIo(): Io {
  if (!io) throw new Error('socket.io-client is not loaded yet: await loadSocketIo() first');
  return io;
}

export function connectVisitor(token: string | null): VisitorSocket {
  return loadedIo()(NAMESPACES.visitor, { auth: token ? { token } : {}, transports: ['websocket', 'polling'] });
}

export function connectStaff(): StaffSocket {
  return loadedIo()(NAMESPACES.staff, { withCredentials: true, transports: ['websocket', 'polling'] });
}

interface AckingEmitter {
  timeout(ms: number): { emit(event: string, payload: unknown, ack: (err: Error | null, res: unknown) => void): unknown };
}

/**
 * Emits an event of the socket's namespace and resolves with its acknowledgement, typed by the shared
 * event map (a wrong name or payload does not compile); a timeout resolves to an INTERNAL error ack so the UI can retry.
 */
export function request<S extends VisitorSocket | StaffSocket, E extends EventName<EmitMap<S>>>(
  socket: S,
  event: E,
  payload: EventPayload<EmitMap<S>, E>,
  timeoutMs = 10_000,
): Promise<EventAck<EmitMap<S>, E>> {
  return new Promise((resolve) => {
    (socket as unknown as AckingEmitter).timeout(timeoutMs).emit(event, payload, (err, res) => {
      if (err) resolve({ ok: false, error: { code: 'INTERNAL', message: 'timeout' } });
      else resolve(res as EventAck<EmitMap<S>, E>);
    });
  });
}
