import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** A held place under the cap; `release` is idempotent. */
export type Release = () => void;

export interface ConnectionCap {
  /** A place for one more connection of this client, or null when it already holds `max`. */
  acquire(clientKey: string): Promise<Release | null>;
  stop(): void;
}

/** Seconds a place in Redis outlives its last refresh: a crashed process's places lapse by themselves. */
const TTL_SECONDS = 90;
const REFRESH_MS = 30_000;

// Drops lapsed places, then adds one if the client is under the cap; atomic, so two processes cannot both take the last.
const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[5])
return 1`;

const redisKey = (clientKey: string) => `hidamari:conn:${clientKey}`;

/**
 * Counts each client's open connections. Without Redis, in this process. With Redis, one sorted set per client key
 * (members: this process's places, scored by when they lapse), so the cap is the cluster's; the places of live
 * connections are refreshed every 30 s. While Redis is unreachable each process counts its own connections alone.
 */
export function createConnectionCap(max: number, redis?: Redis, log?: Pick<Logger, 'warn'>): ConnectionCap {
  const local = new Map<string, number>();
  const held = new Map<string, string>(); // member → client key, for the refresh
  const processId = randomBytes(6).toString('base64url');
  let seq = 0;

  const localAcquire = (key: string): boolean => {
    const n = local.get(key) ?? 0;
    return n < max;
  };
  const count = (key: string, by: number) => {
    const n = (local.get(key) ?? 0) + by;
    if (n <= 0) local.delete(key);
    else local.set(key, n);
  };

  const refresh = redis
    ? setInterval(() => {
      if (held.size === 0) return;
      const until = Date.now() + TTL_SECONDS * 1000;
      const batch = redis.pipeline();
      for (const [member, key] of held) batch.zadd(redisKey(key), 'XX', until, member).expire(redisKey(key), TTL_SECONDS);
      batch.exec().catch((err: Error) => log?.warn({ err: { message: err.message } }, 'connection places not refreshed'));
    }, REFRESH_MS)
    : undefined;
  refresh?.unref();

  async function sharedAcquire(key: string): Promise<string | null | undefined> {
    if (!redis || redis.status !== 'ready') return undefined;
    const member = `${processId}:${++seq}`;
    const now = Date.now();
    try {
      const ok = await redis.eval(ACQUIRE, 1, redisKey(key), now, now + TTL_SECONDS * 1000, member, max, TTL_SECONDS);
      return ok === 1 ? member : null;
    } catch {
      return undefined;
    }
  }

  return {
    async acquire(key) {
      const member = await sharedAcquire(key);
      if (member === null) return null;
      // Redis unreachable (or not configured): this process's own count decides.
      if (member === undefined && !localAcquire(key)) return null;
      count(key, 1);
      if (member) held.set(member, key);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        count(key, -1);
        if (!member) return;
        held.delete(member);
        redis?.zrem(redisKey(key), member).catch(() => undefined);
      };
    },
    stop() {
      if (refresh) clearInterval(refresh);
    },
  };
}
