import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ADMIN_ENV } from './clients.js';
import { SocketBag } from './flows.js';
import { startTestServer, type TestServer } from './test-server.js';

/** A Redis database of the test file's own (`db` 0–15), so counts left by other files or earlier runs cannot reach it. */
export function redisDbUrl(db: number): string {
  const url = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  url.pathname = `/${db}`;
  return url.toString();
}

export interface TwoServers {
  /** Both servers, on one PostgreSQL database and one Redis database (available once `beforeAll` ran). */
  readonly pair: () => [TestServer, TestServer];
  /** A client of the file's Redis database (emptied before the servers started). */
  readonly redis: () => Redis;
  readonly redisUrl: string;
  /** Sockets the tests open; closed after each test. */
  readonly bag: SocketBag;
}

/**
 * Registers the hooks of a suite that runs two server processes over Redis (PostgreSQL only: PGlite is one process's
 * database). `env` is added to the admin environment of both.
 */
export function twoServersOverRedis(db: number, env: Record<string, string>): TwoServers {
  const redisUrl = redisDbUrl(db);
  const bag = new SocketBag();
  const servers: TestServer[] = [];
  let redis: Redis | undefined;

  beforeAll(async () => {
    redis = new Redis(redisUrl);
    await redis.flushdb();
    const all = { ...ADMIN_ENV, REDIS_URL: redisUrl, ...env };
    const a = await startTestServer({ env: all });
    servers.push(a, await startTestServer({ env: all, databaseUrl: a.databaseUrl }));
  });
  afterEach(() => bag.closeAll());
  afterAll(async () => {
    await Promise.all(servers.splice(0).reverse().map((s) => s.close()));
    redis?.disconnect();
  });

  return {
    pair: () => servers as [TestServer, TestServer],
    redis: () => redis!,
    redisUrl,
    bag,
  };
}
