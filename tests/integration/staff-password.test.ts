import type { StaffView } from '@hidamari/shared';
import { NAMESPACES } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { adminSession, createStaff, http, login, staffSocket } from '../support/clients.js';
import { dropped, refusedHandshake } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

type Err = { error: { code: string; field?: string } };
type Me = { staff: StaffView };

describe('admin password reset and the forced change', () => {
  const ctx = serverPerFile();

  async function reset(staffId: string): Promise<string> {
    const res = await http<{ temporaryPassword: string }>(ctx.server, 'POST', `/api/staff/${staffId}/password-reset`, {
      cookie: await adminSession(ctx.server),
    });
    expect(res.status).toBe(200);
    return res.body.temporaryPassword;
  }

  it('should end the sessions, refuse the old password and let the temporary one in only to change it when an admin resets', async () => {
    const member = await createStaff(ctx.server, { roles: ['admin', 'supervisor'] });
    const socket = await staffSocket(ctx.server, member.cookie);
    const gone = dropped(socket);

    const temporary = await reset(member.staff.id);
    expect(await gone).toBe('io server disconnect');
    expect((await http(ctx.server, 'GET', '/api/me', { cookie: member.cookie })).status).toBe(401);
    const old = await http<Err>(ctx.server, 'POST', '/api/auth/login', { body: { loginId: member.staff.loginId, password: member.password } });
    expect([old.status, old.body.error.code]).toEqual([401, 'INVALID_CREDENTIALS']);

    const signIn = await http<Me>(ctx.server, 'POST', '/api/auth/login', { body: { loginId: member.staff.loginId, password: temporary } });
    expect(signIn.body.staff).toMatchObject({ id: member.staff.id, mustChangePassword: true });
    const cookie = signIn.cookie!;
    expect((await http<Me>(ctx.server, 'GET', '/api/me', { cookie })).body.staff.mustChangePassword).toBe(true);
    for (const [method, path] of [['GET', '/api/staff'], ['GET', '/api/audit'], ['GET', '/api/roster/live'], ['GET', '/api/shifts']] as const) {
      const res = await http<Err>(ctx.server, method, path, { cookie });
      expect([path, res.status, res.body.error.code]).toEqual([path, 403, 'PASSWORD_CHANGE_REQUIRED']);
    }
    const refused = await refusedHandshake(ctx.server, NAMESPACES.staff, { headers: { cookie } });
    expect(refused.message).toBe('PASSWORD_CHANGE_REQUIRED');

    const changed = await http(ctx.server, 'POST', '/api/me/password', { cookie, body: { currentPassword: temporary, newPassword: 'my-own-password-789' } });
    expect(changed.status).toBe(204);
    expect((await http<Me>(ctx.server, 'GET', '/api/me', { cookie })).body.staff.mustChangePassword).toBe(false);
    expect((await http(ctx.server, 'GET', '/api/staff', { cookie })).status).toBe(200);
    (await staffSocket(ctx.server, cookie)).disconnect();
    expect((await http(ctx.server, 'POST', '/api/auth/login', { body: { loginId: member.staff.loginId, password: temporary } })).status).toBe(401);
    await login(ctx.server, member.staff.loginId, 'my-own-password-789');
  });

  it('should answer 401 INVALID_CREDENTIALS naming currentPassword and change nothing when the current password is wrong', async () => {
    const member = await createStaff(ctx.server);
    const wrong = await http<Err>(ctx.server, 'POST', '/api/me/password', {
      cookie: member.cookie, body: { currentPassword: 'not-my-password', newPassword: 'another-password-123' },
    });
    expect([wrong.status, wrong.body.error]).toEqual([401, expect.objectContaining({ code: 'INVALID_CREDENTIALS', field: 'currentPassword' })]);
    const same = await http<Err>(ctx.server, 'POST', '/api/me/password', {
      cookie: member.cookie, body: { currentPassword: member.password, newPassword: member.password },
    });
    expect([same.status, same.body.error]).toEqual([400, expect.objectContaining({ code: 'INVALID_PAYLOAD', field: 'newPassword' })]);
    await login(ctx.server, member.staff.loginId, member.password);
  });

  it('should end the other sessions but keep the current one when someone changes their own password', async () => {
    const member = await createStaff(ctx.server);
    const desk = await login(ctx.server, member.staff.loginId, member.password);
    const deskSocket = await staffSocket(ctx.server, desk);
    const gone = dropped(deskSocket);

    const res = await http(ctx.server, 'POST', '/api/me/password', {
      cookie: member.cookie, body: { currentPassword: member.password, newPassword: 'changed-password-456' },
    });
    expect(res.status).toBe(204);
    expect(await gone).toBe('io server disconnect');
    expect((await http(ctx.server, 'GET', '/api/me', { cookie: desk })).status).toBe(401);
    expect((await http(ctx.server, 'GET', '/api/me', { cookie: member.cookie })).status).toBe(200);
  });

  it('should refuse a reset with 403 when the caller is not an admin, and 404 when nobody has that id', async () => {
    const member = await createStaff(ctx.server, { roles: ['supervisor'] });
    const res = await http<Err>(ctx.server, 'POST', `/api/staff/${member.staff.id}/password-reset`, { cookie: member.cookie });
    expect([res.status, res.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const missing = await http<Err>(ctx.server, 'POST', '/api/staff/00000000-0000-4000-8000-000000000000/password-reset', {
      cookie: await adminSession(ctx.server),
    });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });
});
