import type { StaffView } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { adminSession, http } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';

describe('creating staff with the service defaults', () => {
  const ctx = serverPerFile();

  async function create(body: Record<string, unknown>): Promise<StaffView> {
    const res = await http<{ staff: StaffView }>(ctx.server, 'POST', '/api/staff', {
      cookie: await adminSession(ctx.server), body: { displayName: '新人', password: 'first-password-123', roles: ['counselor'], ...body },
    });
    expect(res.status).toBe(201);
    return res.body.staff;
  }

  it('should give a new staff member the settings’ default chat limit when the admin names none', async () => {
    const saved = await http(ctx.server, 'PUT', '/api/settings', { cookie: await adminSession(ctx.server), body: { defaultMaxConcurrent: 6 } });
    expect(saved.status).toBe(200);
    expect(await create({ loginId: 'new.one@center.example.jp' })).toMatchObject({ maxConcurrent: 6, loginId: 'new.one@center.example.jp', mustChangePassword: false });
    expect(await create({ loginId: 'explicit-two', maxConcurrent: 2 })).toMatchObject({ maxConcurrent: 2 });
  });
});
