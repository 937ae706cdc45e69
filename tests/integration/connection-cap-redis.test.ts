import { NAMESPACES } from '@hidamari/shared';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, visitorSocket } from '../support/clients.js';
import { eventually, refusedHandshake, SocketBag } from '../support/flows.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// A Redis database of its own, emptied first: no places left by an earlier run.
const redisUrl = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
redisUrl.pathname = '/13';
const REDIS_URL = redisUrl.toString();

describe.skipIf(!process.env.TEST_DATABASE_URL)('the connection cap shared by two server processes over Redis', () => {
  const bag = new SocketBag();
  const servers: TestServer[] = [];
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    await redis.flushdb();
    const env = { ...ADMIN_ENV, REDIS_URL, MAX_CONNECTIONS_PER_CLIENT: '3' };
    const a = await startTestServer({ env });
    servers.push(a, await startTestServer({ env, databaseUrl: a.databaseUrl }));
  });
  afterEach(() => bag.closeAll());
  afterAll(async () => {
    await Promise.all(servers.splice(0).reverse().map((s) => s.close()));
    redis.disconnect();
  });

  it('should refuse a client’s fourth connection on either server when it holds three spread over both, and free a place when one closes', async () => {
    const [a, b] = servers as [TestServer, TestServer];
    const onA = bag.add(await visitorSocket(a));
    bag.add(await visitorSocket(a));
    bag.add(await visitorSocket(b));
    for (const server of [a, b]) {
      const refused = await refusedHandshake(server, NAMESPACES.visitor);
      expect([refused.message, (refused as Error & { data?: { code?: string } }).data?.code]).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    }

    // Closing on A frees a place that B sees.
    onA.disconnect();
    const fresh = await eventually(async () => bag.add(await visitorSocket(b)), 10_000, 200);
    expect(fresh.connected).toBe(true);
    expect((await refusedHandshake(a, NAMESPACES.visitor)).message).toBe('RATE_LIMITED');
  });

  it('should keep places under a salted key that expires, never an address', async () => {
    const [a] = servers as [TestServer, TestServer];
    bag.add(await visitorSocket(a));
    const keys = await redis.keys('hidamari:conn:*');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => /127\.0\.0\.1|::1|::ffff/.test(k))).toEqual([]);
    for (const key of keys) {
      // A crashed process's places lapse with the key (and each place with its score).
      expect(await redis.ttl(key)).toBeGreaterThan(0);
      const [, score] = await redis.zrange(key, 0, 0, 'WITHSCORES');
      expect(Number(score)).toBeGreaterThan(Date.now());
      expect(Number(score)).toBeLessThan(Date.now() + 120_000);
    }
  });
});
