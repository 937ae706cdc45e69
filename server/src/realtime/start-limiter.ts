import { RateLimiterMemory } from 'rate-limiter-flexible';
import { clientAddress, clientKey } from '../privacy/client-key.js';

export interface StartLimiter {
  take(socket: { handshake: { address: string; headers: Record<string, string | string[] | undefined> } }): Promise<boolean>;
}

/** Limits consultation starts and resume attempts per client per hour. Only a salted hash of the address is kept. */
export function createStartLimiter(perHour: number, proxyHops: number): StartLimiter {
  const limiter = new RateLimiterMemory({ points: perHour, duration: 3600 });
  return {
    async take(socket) {
      try {
        const { address, headers } = socket.handshake;
        await limiter.consume(clientKey(clientAddress(address, headers['x-forwarded-for'], proxyHops)));
        return true;
      } catch {
        return false;
      }
    },
  };
}
