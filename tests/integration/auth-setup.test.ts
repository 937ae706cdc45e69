import type { StaffView } from '@hidamari/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, ADMIN_ENV, http, login, staffSocket } from '../support/clients.js';
import { dropped } from '../support/flows.js';
import { captureLogs } from '../support/logs.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

type Err = { error: { code: string; field?: string } };

describe('first admin set-up and sessions', () => {
  let server: TestServer;
  let setupToken: string;
  let adminCookie: string | undefined;
  let adminId: string;
  const chief = { loginId: 'chief', displayName: '所長', password: 'chief-password-123' };
  beforeAll(async () => {
    const logs = captureLogs('info');
    server = await startTestServer({ log: logs.log }); // no ADMIN_LOGIN: the server must offer a one-time set-up link
    setupToken = /token=([\w-]+)/.exec(logs.text())?.[1] ?? '';
  });
  afterAll(() => server.close());

  /** The first admin's session; completes the set-up when this test runs on its own. */
  async function chiefSession(): Promise<string> {
    if (!adminCookie) {
      const done = await http<{ staff: StaffView }>(server, 'POST', '/api/setup', { body: { ...chief, token: setupToken } });
      [adminCookie, adminId] = [done.cookie!, done.body.staff.id];
    }
    return adminCookie;
  }

  async function addStaff(loginId: string, roles: string[]): Promise<StaffView> {
    const res = await http<{ staff: StaffView }>(server, 'POST', '/api/staff', {
      cookie: await chiefSession(), body: { loginId, displayName: loginId, password: 'first-password-123', roles },
    });
    expect(res.status).toBe(201);
    return res.body.staff;
  }

  it('should create the first admin once through the logged set-up token when no admin exists', async () => {
    expect(setupToken.length).toBeGreaterThanOrEqual(20);
    expect(await http(server, 'GET', '/api/setup')).toMatchObject({ status: 200, body: { needed: true } });
    const body = chief;

    const forged = await http<Err>(server, 'POST', '/api/setup', { body: { ...body, token: 'x'.repeat(43) } });
    expect([forged.status, forged.body.error.code]).toEqual([403, 'FORBIDDEN']);

    const done = await http<{ staff: StaffView }>(server, 'POST', '/api/setup', { body: { ...body, token: setupToken } });
    expect(done.status).toBe(201);
    expect(done.body.staff).toMatchObject({ loginId: 'chief', roles: ['admin'], active: true });
    expect(done.cookie).toBeTruthy();
    adminCookie = done.cookie!;
    adminId = done.body.staff.id;
    expect(await http(server, 'GET', '/api/me', { cookie: adminCookie })).toMatchObject({ status: 200, body: { staff: { id: adminId } } });
    expect(await http(server, 'GET', '/api/setup')).toMatchObject({ body: { needed: false } });

    const reused = await http<Err>(server, 'POST', '/api/setup', { body: { ...body, loginId: 'chief2', token: setupToken } });
    expect([403, 409]).toContain(reused.status);
    expect(await http(server, 'POST', '/api/auth/login', { body: { loginId: 'chief2', password: body.password } })).toMatchObject({ status: 401 });
  });

  it('should answer 401 INVALID_CREDENTIALS when the password or login id is wrong', async () => {
    const wrong = await http<Err>(server, 'POST', '/api/auth/login', { body: { loginId: 'chief', password: 'not-the-password' } });
    expect([wrong.status, wrong.body.error.code, wrong.cookie]).toEqual([401, 'INVALID_CREDENTIALS', undefined]);
    const unknown = await http<Err>(server, 'POST', '/api/auth/login', { body: { loginId: 'nobody-here', password: 'not-the-password' } });
    expect([unknown.status, unknown.body.error.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect((await http(server, 'GET', '/api/me', { cookie: 'hidamari_session=forged' })).status).toBe(401);
  });

  it('should refuse with 409 CONFLICT to deactivate or demote the last active admin', async () => {
    const cookie = await chiefSession();
    for (const patch of [{ active: false }, { roles: ['counselor'] }]) {
      const res = await http<Err>(server, 'PATCH', `/api/staff/${adminId}`, { cookie, body: patch });
      expect([res.status, res.body.error.code]).toEqual([409, 'CONFLICT']);
    }
    expect((await http(server, 'GET', '/api/me', { cookie })).body).toMatchObject({ staff: { roles: ['admin'], active: true } });

    // Once there is a second admin, one of them may step down.
    const deputy = await addStaff('deputy', ['admin']);
    const demoted = await http<{ staff: StaffView }>(server, 'PATCH', `/api/staff/${deputy.id}`, { cookie, body: { roles: ['counselor'] } });
    expect(demoted.body.staff.roles).toEqual(['counselor']);
  });

  it('should end every session and drop the socket when an admin changes a staff member’s password', async () => {
    const member = await addStaff('changing.password', ['counselor']);
    const [phone, desk] = [await login(server, member.loginId, 'first-password-123'), await login(server, member.loginId, 'first-password-123')];
    const socket = await staffSocket(server, desk);
    const gone = dropped(socket);

    const res = await http(server, 'PATCH', `/api/staff/${member.id}`, { cookie: await chiefSession(), body: { password: 'second-password-456' } });
    expect(res.status).toBe(200);
    expect(await gone).toBe('io server disconnect');
    for (const cookie of [phone, desk]) expect((await http(server, 'GET', '/api/me', { cookie })).status).toBe(401);
    expect((await http(server, 'POST', '/api/auth/login', { body: { loginId: member.loginId, password: 'first-password-123' } })).status).toBe(401);
    const fresh = await login(server, member.loginId, 'second-password-456');
    // The admin knows a password they chose: like a reset, it must be replaced before anything else.
    expect(await http(server, 'GET', '/api/me', { cookie: fresh })).toMatchObject({ status: 200, body: { staff: { mustChangePassword: true } } });
  });

  it('should end the sessions and refuse logins when a staff member is deactivated', async () => {
    const member = await addStaff('leaving', ['counselor']);
    const cookie = await login(server, member.loginId, 'first-password-123');
    const res = await http<{ staff: StaffView }>(server, 'PATCH', `/api/staff/${member.id}`, { cookie: await chiefSession(), body: { active: false } });
    expect(res.body.staff).toMatchObject({ active: false, onDuty: false });
    expect((await http(server, 'GET', '/api/me', { cookie })).status).toBe(401);
    const again = await http<Err>(server, 'POST', '/api/auth/login', { body: { loginId: member.loginId, password: 'first-password-123' } });
    expect([again.status, again.body.error.code]).toEqual([401, 'INVALID_CREDENTIALS']);
  });
});

describe('login rate limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { ...ADMIN_ENV, RATE_LIMIT_LOGIN: '3' } });
  });
  afterAll(() => server.close());

  it('should answer 429 RATE_LIMITED to the fourth login attempt in a minute, even with the right password', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await http<Err>(server, 'POST', '/api/auth/login', { body: { loginId: ADMIN.loginId, password: `guess-number-${i}` } });
      expect(res.status).toBe(401);
    }
    const fourth = await http<Err>(server, 'POST', '/api/auth/login', { body: ADMIN });
    expect([fourth.status, fourth.body.error.code, fourth.cookie]).toEqual([429, 'RATE_LIMITED', undefined]);
  });
});
