import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/src/auth/tokens.js';
import { http, ok, staffSocket } from '../support/clients.js';
import { dropped, eventually } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const MIN = 60_000;

/**
 * Session time is driven by the sweeper's injected clock, never by sleeping. Staff are made through the services
 * (not the admin API): a sweep far in the future ends every session, the admin's too.
 */
describe('staff sessions expire with their sockets', () => {
  // A one-second presence heartbeat (STAFF_GRACE_SECONDS / 4); no background sweep.
  const ctx = serverPerFile({ env: { SESSION_IDLE_MINUTES: '60', STAFF_GRACE_SECONDS: '4', SWEEP_INTERVAL_MS: '3600000' } });
  let n = 0;

  async function member() {
    const { services } = ctx.server.hidamari;
    const loginId = `expiry-${++n}-${Math.floor(Math.random() * 1e6)}`;
    await services.staff.create({ loginId, displayName: `Expiry ${n}`, password: 'staff-password-123', roles: ['counselor'] });
    const { token } = await services.auth.login({ loginId, password: 'staff-password-123' });
    return { token, cookie: `hidamari_session=${token}` };
  }

  const exec = (q: ReturnType<typeof sql>) => ctx.server.hidamari.database.db.execute(q);
  const sweepAt = (ms: number) => ctx.server.hidamari.services.sweeper.sweepOnce(new Date(Date.now() + ms));
  const me = (cookie: string) => http(ctx.server, 'GET', '/api/me', { cookie });
  const expiresInMs = async (token: string): Promise<number> => {
    const r = (await exec(sql`SELECT extract(epoch FROM expires_at - now()) * 1000 AS ms FROM staff_sessions WHERE token_hash = ${hashToken(token)}`)) as unknown as {
      rows: { ms: number }[];
    };
    return Number(r.rows[0]?.ms);
  };
  /** Moves a session's clock back, as if it had been unused (and open) for a while. */
  const age = (token: string, createdAgo: string, expiresIn: string) =>
    exec(sql`UPDATE staff_sessions SET created_at = now() - ${createdAgo}::interval, expires_at = now() + ${expiresIn}::interval
              WHERE token_hash = ${hashToken(token)}`);

  it('should refuse an expired session and delete its row when the sweeper runs', async () => {
    const { token, cookie } = await member();
    await age(token, '2 hours', '-1 minute');
    expect((await me(cookie)).status).toBe(401);
    await sweepAt(0);
    const left = (await exec(sql`SELECT count(*)::int AS n FROM staff_sessions WHERE expires_at < now()`)) as unknown as { rows: { n: number }[] };
    expect(left.rows[0]!.n).toBe(0);
  });

  it('should disconnect the session’s socket when the session has gone unused past the idle limit', async () => {
    const { cookie } = await member();
    const socket = ctx.bag.add(await staffSocket(ctx.server, cookie));
    const { cookie: other } = await member();

    await sweepAt(55 * MIN);
    await ok(socket, 'consultations:list'); // still connected after a sweep within the limit
    expect((await me(cookie)).status).toBe(200);

    const gone = dropped(socket);
    await sweepAt(120 * MIN);
    expect(await gone).toBe('io server disconnect');
    expect((await me(cookie)).status).toBe(401);
    expect((await me(other)).status).toBe(401);
  });

  it('should slide an idle session forward when it is used over HTTP', async () => {
    const { token, cookie } = await member();
    await age(token, '58 minutes', '2 minutes'); // unused for 58 of its 60 minutes
    expect((await me(cookie)).status).toBe(200);
    expect(await expiresInMs(token)).toBeGreaterThan(55 * MIN);
    await sweepAt(30 * MIN);
    expect((await me(cookie)).status).toBe(200);
  });

  it('should keep the session of a connected socket alive through the presence heartbeat', async () => {
    const { token, cookie } = await member();
    const socket = ctx.bag.add(await staffSocket(ctx.server, cookie));
    await age(token, '58 minutes', '2 minutes');
    await eventually(async () => expect(await expiresInMs(token)).toBeGreaterThan(55 * MIN), 20_000);
    await sweepAt(30 * MIN);
    await ok(socket, 'consultations:list');
  });

  it('should end a busy session and drop its socket 12 hours after login whatever its use', async () => {
    const { token, cookie } = await member();
    const socket = ctx.bag.add(await staffSocket(ctx.server, cookie));
    await age(token, '11 hours 58 minutes', '1 minute');
    expect((await me(cookie)).status).toBe(200); // used now, yet it cannot slide past the cap
    expect(await expiresInMs(token)).toBeLessThan(3 * MIN);
    const gone = dropped(socket);
    await sweepAt(5 * MIN);
    expect(await gone).toBe('io server disconnect');
  });
});

// PGlite serves one process; a cluster needs PostgreSQL and Redis (CI runs this file in both modes).
describe.skipIf(!process.env.TEST_DATABASE_URL)('a session ending on one process', () => {
  const servers: TestServer[] = [];
  beforeAll(async () => {
    const env = { REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', SWEEP_INTERVAL_MS: '3600000' };
    servers.push(await startTestServer({ env }));
    servers.push(await startTestServer({ env, databaseUrl: servers[0]!.databaseUrl }));
  });
  afterAll(async () => {
    for (const s of servers.reverse()) await s.close();
  });

  it('should drop the session’s socket on the other process when the sweeper there expires it or the person logs out', async () => {
    const [a, b] = servers as [TestServer, TestServer];
    const login = async (loginId: string) => {
      await a.hidamari.services.staff.create({ loginId, displayName: loginId, password: 'staff-password-123', roles: ['counselor'] });
      return `hidamari_session=${(await a.hidamari.services.auth.login({ loginId, password: 'staff-password-123' })).token}`;
    };
    const [expiring, leaving] = [await login(`far-${Date.now()}`), await login(`out-${Date.now()}`)];
    const onB = await staffSocket(b, expiring);
    const alsoOnB = await staffSocket(b, leaving);
    try {
      const out = dropped(alsoOnB);
      expect((await http(a, 'POST', '/api/auth/logout', { cookie: leaving })).status).toBe(204);
      expect(await out).toBe('io server disconnect');

      const gone = dropped(onB);
      await a.hidamari.services.sweeper.sweepOnce(new Date(Date.now() + 120 * MIN));
      expect(await gone).toBe('io server disconnect');
    } finally {
      onB.disconnect();
      alsoOnB.disconnect();
    }
  });
});
