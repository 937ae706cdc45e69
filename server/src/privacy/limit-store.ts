import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { useSalt } from './client-key.js';

/** Where the cluster's client-key salt lives. Never an address: only the random salt. */
export const SALT_KEY = 'hidamari:client-key-salt';

/**
 * The Redis connection that per-client limits count on, so that with several processes a limit of 10 stays 10.
 * It fails fast instead of queueing while Redis is away: the limiters then fall back (see their comments)
 * rather than holding a login or a start for seconds.
 */
export async function connectLimitStore(url: string, log: Logger): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 });
  redis.on('error', (err: Error & { code?: string }) => log.warn({ redis: 'limits', err: { message: err.message, code: err.code } }, 'redis connection error'));
  await redis.connect();
  return redis;
}

/**
 * The cluster's salt: the first process to start sets it (SET NX), every later one reads that one.
 * It has no expiry, or a process started after it expired would hash with a salt the others do not have.
 */
export async function sharedSalt(redis: Pick<Redis, 'set' | 'getBuffer'>, key = SALT_KEY): Promise<Buffer> {
  await redis.set(key, randomBytes(16), 'NX');
  const salt = await redis.getBuffer(key);
  if (!salt || salt.length < 16) throw new Error(`redis key ${key} does not hold a salt`);
  return salt;
}

/** Makes this process hash client addresses with the cluster's salt. */
export async function useSharedSalt(redis: Pick<Redis, 'set' | 'getBuffer'>): Promise<void> {
  useSalt(await sharedSalt(redis));
}
