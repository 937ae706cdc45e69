import type { StaffView } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../../server/src/config/env.js';
import { http, login } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';

const CHIEF = { loginId: 'Chief@Center.Example', password: 'chief-password-123' };

describe('staff login ids', () => {
  // The first admin comes from ADMIN_LOGIN, written with capitals as people write addresses.
  const ctx = serverPerFile({ env: { ADMIN_LOGIN: CHIEF.loginId, ADMIN_PASSWORD: CHIEF.password } });

  it('should accept an e-mail address as a login id, store it lower-cased and log in whatever the case when an admin creates it', async () => {
    const cookie = await login(ctx.server, 'chief@center.example', CHIEF.password);
    const created = await http<{ staff: StaffView }>(ctx.server, 'POST', '/api/staff', {
      cookie, body: { loginId: ' Aoi.Sato@Center.example ', displayName: '佐藤 葵', password: 'aoi-password-123', roles: ['counselor'] },
    });
    expect([created.status, created.body.staff.loginId]).toEqual([201, 'aoi.sato@center.example']);

    for (const typed of ['aoi.sato@center.example', 'AOI.SATO@CENTER.EXAMPLE']) {
      const res = await http<{ staff: StaffView }>(ctx.server, 'POST', '/api/auth/login', { body: { loginId: typed, password: 'aoi-password-123' } });
      expect([typed, res.status, res.body.staff?.id]).toEqual([typed, 200, created.body.staff.id]);
    }
    const wrong = await http(ctx.server, 'POST', '/api/auth/login', { body: { loginId: 'AOI.SATO@center.example', password: 'not-her-password' } });
    expect(wrong.status).toBe(401);
  });

  it('should answer 409 naming loginId when a login id differs from a taken one only in case', async () => {
    const cookie = await login(ctx.server, 'CHIEF@center.example', CHIEF.password);
    const body = { displayName: '二人目', password: 'second-password-123', roles: ['counselor'] };
    for (const loginId of ['AOI.SATO@center.example', 'Chief@CENTER.example']) {
      const res = await http<{ error: { code: string; field?: string } }>(ctx.server, 'POST', '/api/staff', { cookie, body: { ...body, loginId } });
      expect([loginId, res.status, res.body.error]).toMatchObject([loginId, 409, { code: 'CONFLICT', field: 'loginId' }]);
    }
    const plain = await http<{ staff: StaffView }>(ctx.server, 'POST', '/api/staff', { cookie, body: { ...body, loginId: 'Haru_2' } });
    expect([plain.status, plain.body.staff.loginId]).toEqual([201, 'haru_2']);
  });

  it('should refuse a malformed login id the same way in the admin API and in ADMIN_LOGIN', async () => {
    const cookie = await login(ctx.server, 'chief@center.example', CHIEF.password);
    for (const loginId of ['aoi sato@center.example', 'aoi@', '@center.example', 'x', 'aoi@center']) {
      const res = await http<{ error: { field?: string } }>(ctx.server, 'POST', '/api/staff', {
        cookie, body: { loginId, displayName: '誤り', password: 'bad-login-password', roles: ['counselor'] },
      });
      expect([loginId, res.status, res.body.error.field]).toEqual([loginId, 400, 'loginId']);
      expect(() => parseEnv({ ADMIN_LOGIN: loginId, ADMIN_PASSWORD: 'long-enough-password' })).toThrow(EnvError);
    }
    expect(parseEnv({ ADMIN_LOGIN: 'Aoi.Sato@Center.example', ADMIN_PASSWORD: 'long-enough-password' }).ADMIN_LOGIN).toBe('aoi.sato@center.example');
  });
});
