import type { StaffView } from '@hidamari/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, ADMIN_ENV, http, login } from '../support/clients.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const base = process.env.TEST_DATABASE_URL;
const ROUNDS = 6;

/**
 * Two admins each remove the other's admin role at the same moment. Checking the count and writing the change in
 * separate steps lets both pass and leaves no admin; PostgreSQL only, where the two requests really run at once.
 */
describe.skipIf(!base)('the last active admin under concurrent changes', () => {
  let server: TestServer;
  let side: pg.Client;
  beforeAll(async () => {
    server = await startTestServer({ env: ADMIN_ENV });
    side = new pg.Client({ connectionString: server.databaseUrl });
    await side.connect();
  });
  afterAll(async () => {
    await side?.end();
    await server?.close();
  });

  const activeAdmins = async (): Promise<number> =>
    (await side.query<{ n: number }>(`SELECT count(*)::int AS n FROM staff WHERE 'admin' = ANY(roles) AND active`)).rows[0]!.n;

  async function newAdmin(byCookie: string, name: string): Promise<{ id: string; cookie: string }> {
    const loginId = `${name}-${Math.floor(Math.random() * 1e9)}`;
    const password = 'admin-password-456';
    const res = await http<{ staff: StaffView }>(server, 'POST', '/api/staff', {
      cookie: byCookie, body: { loginId, password, displayName: name, roles: ['admin'] },
    });
    expect(res.status).toBe(201);
    return { id: res.body.staff.id, cookie: await login(server, loginId, password) };
  }

  const demote = (by: { cookie: string }, id: string) =>
    http<{ error?: { code: string } }>(server, 'PATCH', `/api/staff/${id}`, { cookie: by.cookie, body: { roles: ['counselor'] } });

  it('should leave exactly one admin and refuse the other change when two admins demote each other at once', async () => {
    let keeper = { id: '', cookie: await login(server, ADMIN.loginId, ADMIN.password) };
    keeper.id = (await side.query<{ id: string }>('SELECT id FROM staff WHERE login_id = $1', [ADMIN.loginId])).rows[0]!.id;
    for (let round = 0; round < ROUNDS; round++) {
      const a = await newAdmin(keeper.cookie, `a${round}`);
      const b = await newAdmin(keeper.cookie, `b${round}`);
      // The keeper steps down, so a and b are the only admins when they race.
      expect((await demote(keeper, keeper.id)).status).toBe(200);
      expect(await activeAdmins()).toBe(2);

      const [byA, byB] = await Promise.all([demote(a, b.id), demote(b, a.id)]);
      const loser = byA.status === 200 ? byB : byA;
      expect([byA, byB].filter((r) => r.status === 200)).toHaveLength(1);
      // 409 when both were past the admin check; 403 when the winner committed before the loser's request was authorised.
      expect([[409, 'CONFLICT'], [403, 'FORBIDDEN']]).toContainEqual([loser.status, loser.body.error?.code]);
      expect(await activeAdmins()).toBe(1);
      keeper = byA.status === 200 ? a : b;
    }
  });
});
