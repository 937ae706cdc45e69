import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { clientAddress, clientKey } from '../privacy/client-key.js';

export interface StartLimiter {
  take(socket: { handshake: { address: string; headers: Record<string, string | string[] | undefined> } }): Promise<boolean>;
}

/**
 * Limits consultation starts and resume attempts per client per hour. Only a salted hash of the address is kept.
 * With Redis the count is the cluster's (every process adds to one counter); while Redis is unreachable each
 * process counts on its own (the insurance limiter) rather than refusing everyone or letting everyone through.
 */
export function createStartLimiter(perHour: number, proxyHops: number, redis?: Redis): StartLimiter {
  const memory = new RateLimiterMemory({ points: perHour, duration: 3600 });
  const limiter = redis
    ? new RateLimiterRedis({
        storeClient: redis, keyPrefix: 'hidamari:start', points: perHour, duration: 3600, rejectIfRedisNotReady: true, insuranceLimiter: memory,
      })
    : memory;
  return {
    async take(socket) {
      const { address, headers } = socket.handshake;
      try {
        await limiter.consume(clientKey(clientAddress(address, headers['x-forwarded-for'], proxyHops)));
        return true;
      } catch (err) {
        if (err instanceof RateLimiterRes) return false;
        throw err;
      }
    },
  };
}
