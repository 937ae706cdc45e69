import { describe, expect, it } from 'vitest';
import { ADMIN, ADMIN_ENV } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';
import type { TestServer } from '../support/test-server.js';

const ALLOWED = 'https://chat.example.org';

/** A real HTTP request; `proto` plays the TLS-terminating proxy's X-Forwarded-Proto. */
async function request(server: TestServer, method: string, path: string, opts: { body?: unknown; cookie?: string; proto?: string } = {}) {
  const headers: Record<string, string> = { origin: server.url };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.proto) headers['x-forwarded-proto'] = opts.proto;
  const res = await fetch(server.url + path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  await res.arrayBuffer();
  return res;
}

const loginBody = { loginId: ADMIN.loginId, password: ADMIN.password };

describe('HTTP security headers behind one trusted proxy', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, TRUST_PROXY: '1', ALLOWED_ORIGINS: ALLOWED } });

  it('should answer every /api request with Cache-Control: no-store, errors and unknown routes included', async () => {
    const answers = await Promise.all([
      request(ctx.server, 'GET', '/api/status'),
      request(ctx.server, 'GET', '/api/me'),
      request(ctx.server, 'GET', '/api/no-such-route'),
      request(ctx.server, 'POST', '/api/auth/login', { body: { loginId: 1 } }),
      request(ctx.server, 'POST', '/api/auth/login', { body: { loginId: ADMIN.loginId, password: 'wrong-password-1' } }),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 401, 404, 400, 401]);
    expect(answers.map((r) => r.headers.get('cache-control'))).toEqual(Array(5).fill('no-store'));
  });

  it('should mark the session cookie Secure and send HSTS when the proxy says the request came over TLS', async () => {
    const login = await request(ctx.server, 'POST', '/api/auth/login', { body: loginBody, proto: 'https' });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(login.headers.get('strict-transport-security')).toBe('max-age=31536000');

    const logout = await request(ctx.server, 'POST', '/api/auth/logout', { cookie: cookie.split(';')[0], proto: 'https' });
    expect(logout.headers.get('set-cookie')).toMatch(/hidamari_session=;.*Secure/);
  });

  it('should leave Secure and HSTS out when the request came over plain HTTP', async () => {
    const login = await request(ctx.server, 'POST', '/api/auth/login', { body: loginBody, proto: 'http' });
    expect(login.headers.get('set-cookie')).not.toMatch(/Secure/);
    expect(login.headers.get('strict-transport-security')).toBeNull();
    const page = await request(ctx.server, 'GET', '/');
    expect(page.headers.get('strict-transport-security')).toBeNull();
  });

  it('should limit connect-src to the own origin, its WebSocket form and ALLOWED_ORIGINS with theirs', async () => {
    for (const [proto, ws] of [['http', 'ws'], ['https', 'wss']] as const) {
      const csp = (await request(ctx.server, 'GET', '/', { proto })).headers.get('content-security-policy')!;
      const connect = /connect-src ([^;]+)/.exec(csp)![1]!.split(' ');
      expect(connect).toEqual(["'self'", `${ws}://127.0.0.1:${ctx.server.port}`, ALLOWED, 'wss://chat.example.org']);
      expect(connect.filter((s) => s === 'ws:' || s === 'wss:')).toEqual([]);
    }
  });
});

describe('HTTP security headers without a trusted proxy', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV } });

  it('should ignore a client’s own X-Forwarded-Proto: no Secure cookie, no HSTS', async () => {
    const login = await request(ctx.server, 'POST', '/api/auth/login', { body: loginBody, proto: 'https' });
    expect(login.status).toBe(200);
    expect(login.headers.get('set-cookie')).not.toMatch(/Secure/);
    expect(login.headers.get('strict-transport-security')).toBeNull();
    const csp = (await request(ctx.server, 'GET', '/api/status', { proto: 'https' })).headers.get('content-security-policy')!;
    expect(/connect-src ([^;]+)/.exec(csp)![1]).toBe(`'self' ws://127.0.0.1:${ctx.server.port}`);
  });
});
