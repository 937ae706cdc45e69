import type { ServiceStatus, StaffView } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { settings } from '../../server/src/db/schema.js';
import { adminSession, createStaff, http, login } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';

type Err = { error: { code: string; field?: string } };

describe('HTTP answers and the shared schemas', () => {
  const ctx = serverPerFile();

  it('should send only the fields of the contract when stored data carries more', async () => {
    // Settings are free-form JSON rows: whatever else an entry holds must not reach the public status page.
    const hotline = { name: '相談ダイヤル', phone: '0120-000-000', hours: '24h', internalNote: 'ask for Sato', escalationPhone: '090-0000-0000' };
    await ctx.server.hidamari.database.db.insert(settings).values({ key: 'hotlines', value: [hotline] });
    const res = await http<ServiceStatus>(ctx.server, 'GET', '/api/status', { origin: null });
    expect(res.status).toBe(200);
    expect(res.body.hotlines).toEqual([{ name: hotline.name, phone: hotline.phone, hours: hotline.hours }]);
  });

  it('should never carry a password or its hash when any route answers with a staff member', async () => {
    const admin = await adminSession(ctx.server);
    const member = await createStaff(ctx.server);
    const answers = [
      await http<{ staff: StaffView[] }>(ctx.server, 'GET', '/api/staff', { cookie: admin }),
      await http<{ staff: StaffView }>(ctx.server, 'GET', '/api/me', { cookie: member.cookie }),
      await http<{ staff: StaffView }>(ctx.server, 'POST', '/api/auth/login', { body: { loginId: member.staff.loginId, password: member.password } }),
    ];
    for (const a of answers) {
      expect(a.status).toBe(200);
      // The must-change flag names the password but carries none of it; anything else that does is a leak.
      expect(JSON.stringify(a.body).replace(/"mustChangePassword":(true|false)/g, '')).not.toMatch(/password|hash/i);
    }
    expect(await login(ctx.server, member.staff.loginId, member.password)).toMatch(/^hidamari_session=/);
  });

  it('should refuse by who is asking before it judges the body when a caller may not use the route', async () => {
    const member = await createStaff(ctx.server);
    const bad = { loginId: 'x', roles: [] };
    const anonymous = await http<Err>(ctx.server, 'POST', '/api/staff', { body: bad });
    const counselor = await http<Err>(ctx.server, 'POST', '/api/staff', { cookie: member.cookie, body: bad });
    expect([anonymous.status, anonymous.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect([counselor.status, counselor.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const admin = await http<Err>(ctx.server, 'POST', '/api/staff', { cookie: await adminSession(ctx.server), body: bad });
    expect([admin.status, admin.body.error]).toMatchObject([400, { code: 'INVALID_PAYLOAD', field: 'loginId' }]);
  });
});
