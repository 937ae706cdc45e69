import type { AuditEntry, StaffView } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { adminSession, createStaff, http } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';

type Err = { error: { code: string } };

describe('the audit log of staff changes', () => {
  const ctx = serverPerFile();

  async function entriesAbout(staffId: string): Promise<AuditEntry[]> {
    const res = await http<{ entries: AuditEntry[] }>(ctx.server, 'GET', '/api/audit?limit=200', { cookie: await adminSession(ctx.server) });
    expect(res.status).toBe(200);
    return res.body.entries.filter((e) => e.subject === `staff:${staffId}`);
  }
  async function adminId(): Promise<string> {
    return (await http<{ staff: StaffView }>(ctx.server, 'GET', '/api/me', { cookie: await adminSession(ctx.server) })).body.staff.id;
  }

  it('should record create, update, reset and own change with their actor and no secret when each happens', async () => {
    const admin = await adminSession(ctx.server);
    const actor = await adminId();
    const member = await createStaff(ctx.server, { roles: ['counselor'], displayName: '記録 太郎' });
    await http(ctx.server, 'PATCH', `/api/staff/${member.staff.id}`, { cookie: admin, body: { roles: ['counselor', 'supervisor'], maxConcurrent: 4 } });
    const reset = await http<{ temporaryPassword: string }>(ctx.server, 'POST', `/api/staff/${member.staff.id}/password-reset`, { cookie: admin });
    const temporary = reset.body.temporaryPassword;
    const signIn = await http(ctx.server, 'POST', '/api/auth/login', { body: { loginId: member.staff.loginId, password: temporary } });
    const own = 'chosen-by-myself-42';
    await http(ctx.server, 'POST', '/api/me/password', { cookie: signIn.cookie!, body: { currentPassword: temporary, newPassword: own } });

    const entries = await entriesAbout(member.staff.id);
    expect(entries.map((e) => [e.action, e.staffId])).toEqual([
      ['staff.password_changed', member.staff.id],
      ['staff.password_reset', actor],
      ['staff.updated', actor],
      ['staff.created', actor],
    ]);
    expect(entries[1]!.staffName).toBe('Admin');
    expect(entries[2]!.data).toEqual({ changes: { roles: { from: ['counselor'], to: ['counselor', 'supervisor'] }, maxConcurrent: { from: 3, to: 4 } } });
    expect(entries[3]!.data).toMatchObject({ loginId: member.staff.loginId, displayName: '記録 太郎', roles: ['counselor'] });
    const text = JSON.stringify(entries);
    for (const secret of [member.password, temporary, own, 'argon2']) expect(text).not.toContain(secret);
  });

  it('should record an admin granting themselves a counselling role as their own staff.updated', async () => {
    const actor = await adminId();
    const res = await http<{ staff: StaffView }>(ctx.server, 'PATCH', `/api/staff/${actor}`, {
      cookie: await adminSession(ctx.server), body: { roles: ['admin', 'counselor'] },
    });
    expect(res.status).toBe(200);
    const [latest] = await entriesAbout(actor);
    expect(latest).toMatchObject({ action: 'staff.updated', staffId: actor, subject: `staff:${actor}`, data: { changes: { roles: { from: ['admin'], to: ['admin', 'counselor'] } } } });
  });

  it('should page back newest first when asked for entries before an id', async () => {
    const admin = await adminSession(ctx.server);
    for (const name of ['一', '二', '三']) await createStaff(ctx.server, { displayName: `頁 ${name}` });
    const first = await http<{ entries: AuditEntry[] }>(ctx.server, 'GET', '/api/audit?limit=2', { cookie: admin });
    expect(first.body.entries.map((e) => e.data.displayName)).toEqual(['頁 三', '頁 二']);
    const older = await http<{ entries: AuditEntry[] }>(ctx.server, 'GET', `/api/audit?limit=2&before=${first.body.entries[1]!.id}`, { cookie: admin });
    expect(older.body.entries[0]!.data.displayName).toBe('頁 一');
    expect(older.body.entries[0]!.id).toBeLessThan(first.body.entries[1]!.id);
  });

  it('should refuse the log with 403 to anyone who is not an admin and reject a bad page size', async () => {
    const supervisor = await createStaff(ctx.server, { roles: ['supervisor', 'counselor'] });
    const res = await http<Err>(ctx.server, 'GET', '/api/audit', { cookie: supervisor.cookie });
    expect([res.status, res.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await http(ctx.server, 'GET', '/api/audit')).status).toBe(401);
    expect((await http(ctx.server, 'GET', '/api/audit?limit=0', { cookie: await adminSession(ctx.server) })).status).toBe(400);
  });
});
