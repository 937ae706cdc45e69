import { createHash, randomBytes } from 'node:crypto';
import { RateLimiterMemory } from 'rate-limiter-flexible';

/** Per-process salt: the limiter's keys cannot be turned back into addresses, and die with the process. */
const SALT = randomBytes(16);

/** A per-client key that is not the client's address: a salted hash, held only in memory for the window. */
export function clientKey(address: string | undefined): string {
  return createHash('sha256').update(SALT).update(address ?? 'unknown').digest('base64url').slice(0, 22);
}

export interface StartLimiter {
  take(socket: { handshake: { address: string } }): Promise<boolean>;
}

/** Limits consultation starts and resume attempts per client per hour. */
export function createStartLimiter(perHour: number): StartLimiter {
  const limiter = new RateLimiterMemory({ points: perHour, duration: 3600 });
  return {
    async take(socket) {
      try {
        await limiter.consume(clientKey(socket.handshake.address));
        return true;
      } catch {
        return false;
      }
    },
  };
}
