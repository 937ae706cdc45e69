import {
  NAMESPACES, type Ack, type StaffClientEvents, type StaffServerEvents, type VisitorClientEvents, type VisitorServerEvents,
} from '@hidamari/shared';
import { io, type Socket } from 'socket.io-client';

export type VisitorSocket = Socket<VisitorServerEvents, VisitorClientEvents>;
export type StaffSocket = Socket<StaffServerEvents, StaffClientEvents>;

export function connectVisitor(token: string | null): VisitorSocket {
  return io(NAMESPACES.visitor, { auth: token ? { token } : {}, transports: ['websocket', 'polling'] });
}

export function connectStaff(): StaffSocket {
  return io(NAMESPACES.staff, { withCredentials: true, transports: ['websocket', 'polling'] });
}

/** Emit with an acknowledgement as a promise; a timeout resolves to an INTERNAL error ack (so the UI can retry). */
export function request<T extends object>(
  socket: { timeout(ms: number): { emit(ev: string, ...args: unknown[]): unknown } },
  event: string,
  payload: unknown,
  timeoutMs = 10_000,
): Promise<Ack<T>> {
  return new Promise((resolve) => {
    socket.timeout(timeoutMs).emit(event, payload, (err: Error | null, res: Ack<T>) => {
      if (err) resolve({ ok: false, error: { code: 'INTERNAL', message: 'timeout' } });
      else resolve(res);
    });
  });
}
