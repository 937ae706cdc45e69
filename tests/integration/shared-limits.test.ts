import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { SALT_KEY, sharedSalt } from '../../server/src/privacy/limit-store.js';
import { ADMIN, call, http, visitorSocket } from '../support/clients.js';
import { twoServersOverRedis } from '../support/two-servers.js';

// PGlite is one process's embedded database; two servers need PostgreSQL (CI runs this file in both modes).
describe.skipIf(!process.env.TEST_DATABASE_URL)('limits shared by two server processes over Redis', () => {
  const { pair, redis, redisUrl, bag } = twoServersOverRedis(7, { RATE_LIMIT_START: '3', RATE_LIMIT_LOGIN: '3' });

  it('should refuse the fourth start with RATE_LIMITED on either server when one client started three spread over both', async () => {
    const [a, b] = pair();
    const start = { audience: 'self', topic: 'other' } as const;
    for (const server of [a, b, a]) {
      expect(await call(bag.add(await visitorSocket(server)), 'consultation:start', start)).toMatchObject({ ok: true });
    }
    for (const server of [b, a]) {
      expect(await call(bag.add(await visitorSocket(server)), 'consultation:start', start)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    }
    // Resume attempts count on the same limit.
    const resume = await call(bag.add(await visitorSocket(b)), 'consultation:resume', { resumeCode: 'AAAA-BBBB-CCCC' });
    expect(resume).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });

  it('should answer 429 on either server when one client has tried to log in three times spread over both', async () => {
    const [a, b] = pair();
    const body = { loginId: ADMIN.loginId, password: 'a-wrong-password' };
    for (const server of [a, b, b]) expect((await http(server, 'POST', '/api/auth/login', { body })).status).toBe(401);
    for (const server of [a, b]) {
      const res = await http<{ error: { code: string } }>(server, 'POST', '/api/auth/login', { body: { ...body, password: ADMIN.password } });
      expect([res.status, res.body.error?.code]).toEqual([429, 'RATE_LIMITED']);
    }
  });

  it('should keep the salt the first server set for every later process, and no address, in Redis', async () => {
    const stored = await redis().getBuffer(SALT_KEY);
    expect(stored?.length).toBe(16);
    const other = new Redis(redisUrl);
    try {
      expect((await sharedSalt(other)).equals(stored!)).toBe(true);
      const keys = await redis().keys('*');
      expect(keys.some((k) => k.startsWith('hidamari:start'))).toBe(true);
      expect(keys.filter((k) => /127\.0\.0\.1|::1/.test(k))).toEqual([]);
    } finally {
      other.disconnect();
    }
  });
});
