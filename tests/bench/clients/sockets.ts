/** Light Socket.IO client plumbing for many sockets in one process: websocket only, no reconnection. */
import { io, type Socket } from 'socket.io-client';
import type { AckLike } from '../load/tracker.js';

export const ACK_TIMEOUT_MS = 15_000;

export function connectSocket(url: string, opts: { auth?: object; headers?: Record<string, string> } = {}, ms = 20_000): Promise<Socket> {
  const origin = new URL(url).origin;
  const socket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: ms,
    auth: opts.auth ?? {},
    extraHeaders: { origin, ...opts.headers },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(new Error(`connect ${url}: ${err.message}`));
    });
  });
}

/** Emits with an acknowledgement; rejects on timeout. */
export function call<T extends object = object>(socket: Socket, event: string, payload: unknown, ms = ACK_TIMEOUT_MS): Promise<AckLike & T> {
  return new Promise((resolve, reject) => {
    socket.timeout(ms).emit(event, payload, (err: Error | null, res: AckLike & T) => (err ? reject(new Error(`${event}: ${err.message}`)) : resolve(res)));
  });
}

/** Like `call`, but an `ok: false` ack is an error too. */
export async function must<T extends object = object>(socket: Socket, event: string, payload: unknown, ms = ACK_TIMEOUT_MS): Promise<AckLike & T> {
  const res = await call<T>(socket, event, payload, ms);
  if (!res.ok) throw new Error(`${event} refused: ${JSON.stringify(res.error)}`);
  return res;
}

/** Callback-style emit for the hot path (no promise per message). */
export function emitAck(socket: Socket, event: string, payload: unknown, cb: (err: Error | null, ack?: AckLike) => void): void {
  socket.timeout(ACK_TIMEOUT_MS).emit(event, payload, (err: Error | null, ack?: AckLike) => cb(err, ack));
}
