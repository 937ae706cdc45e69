import { ErrorCode } from '@hidamari/shared';
import type { Socket } from 'socket.io';
import { clientAddress, clientKey } from '../privacy/client-key.js';
import { handshakeError } from './handshake-error.js';
import type { ConnectionCap } from '../limits/connection-cap.js';

type Conn = Socket['conn'];

/**
 * Namespace middleware: one place under the cap per underlying connection (several namespaces over one connection
 * count once), taken at the handshake and given back when that connection closes. Over the cap the handshake is
 * refused with a typed `RATE_LIMITED` connect error. The key is a salted hash of the address, never the address.
 */
export function connectionCapMiddleware(cap: ConnectionCap, proxyHops: number) {
  const counted = new WeakSet<Conn>();
  return (socket: Socket, next: (err?: Error) => void): void => {
    const conn = socket.conn;
    if (counted.has(conn)) return next();
    const { address, headers } = socket.handshake;
    cap.acquire(clientKey(clientAddress(address, headers['x-forwarded-for'], proxyHops))).then(
      (release) => {
        if (!release) return next(handshakeError(ErrorCode.RATE_LIMITED, 'too many connections from this network; close another tab or try again later'));
        if (conn.readyState !== 'open') {
          release();
          return next();
        }
        counted.add(conn);
        conn.once('close', release);
        next();
      },
      (err: unknown) => next(err instanceof Error ? err : new Error(String(err))),
    );
  };
}
