import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { ADMIN_ENV, call, ok, visitorSocket } from '../support/clients.js';
import { SocketBag, startVisitor, visitorSync } from '../support/flows.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const redisUrl = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
redisUrl.pathname = '/14';
const REDIS_URL = redisUrl.toString();

describe.skipIf(!process.env.TEST_DATABASE_URL)('a consultation’s message limit shared by two server processes over Redis', () => {
  const bag = new SocketBag();
  const servers: TestServer[] = [];
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    await redis.flushdb();
    // The product's default message rate (the test server raises it for other suites).
    const env = { ...ADMIN_ENV, REDIS_URL, RATE_LIMIT_MESSAGES: '5' };
    const a = await startTestServer({ env });
    servers.push(a, await startTestServer({ env, databaseUrl: a.databaseUrl }));
  });
  afterEach(() => bag.closeAll());
  afterAll(async () => {
    await Promise.all(servers.splice(0).reverse().map((s) => s.close()));
    redis.disconnect();
  });

  it('should count every connection of one consultation together when they are spread over both servers', async () => {
    const [a, b] = servers as [TestServer, TestServer];
    const { started } = await startVisitor(a, bag);
    // Four connections with the same token, two per server: each alone may send about 305 (5/s + a burst of 300).
    const sockets = [bag.add(await visitorSocket(a, started.token)), bag.add(await visitorSocket(a, started.token)),
      bag.add(await visitorSocket(b, started.token)), bag.add(await visitorSocket(b, started.token))];
    const acks = await Promise.all(sockets.flatMap((s, n) =>
      Array.from({ length: 400 }, (_, i) => call(s, 'message:send', { clientMessageId: `s${n}-${i}`, body: `${n} ${i}` }))));
    const accepted = acks.filter((x) => x.ok).length;
    // The consultation's visitor side (10/s + a burst of 600) is the cluster's: counted per process it would allow ~1,200.
    expect(accepted).toBeGreaterThan(305);
    expect(accepted).toBeLessThan(700);
    expect(acks.filter((x) => !x.ok).every((x) => !x.ok && x.error.code === 'RATE_LIMITED')).toBe(true);
    expect(await visitorSync(sockets[0]!)).toHaveLength(accepted);
    // Keys name the consultation, never a person.
    const keys = await redis.keys('hidamari:msg:*');
    expect(keys.some((k) => k.includes(started.consultationId))).toBe(true);
    await ok(sockets[0]!, 'messages:sync', { afterSeq: 0 });
  }, 60_000);
});
