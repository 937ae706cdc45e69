import { NAMESPACES, type StaffView } from '@hidamari/shared';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, adminSession, createStaff, http } from '../support/clients.js';
import { refusedHandshake } from '../support/flows.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const EVIL = 'http://evil.example';

/** Connects with these headers and resolves once connected (the caller disconnects). */
function acceptedHandshake(server: TestServer, namespace: string, headers: Record<string, string>): Promise<() => void> {
  const socket = io(server.url + namespace, { extraHeaders: headers, transports: ['websocket'], forceNew: true, reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(() => socket.disconnect()));
    socket.once('connect_error', (err) => {
      socket.disconnect();
      reject(err);
    });
  });
}

async function loginIds(server: TestServer): Promise<string[]> {
  const res = await http<{ staff: StaffView[] }>(server, 'GET', '/api/staff', { cookie: await adminSession(server) });
  return res.body.staff.map((s) => s.loginId);
}

const newStaff = (loginId: string) => ({ loginId, displayName: loginId, password: 'long-enough-password', roles: ['counselor'] });

describe('origin checks', () => {
  let server: TestServer;
  let withAllowed: TestServer;
  beforeAll(async () => {
    [server, withAllowed] = await Promise.all([
      startTestServer({ env: ADMIN_ENV }),
      startTestServer({ env: { ...ADMIN_ENV, ALLOWED_ORIGINS: 'https://app.example, https://admin.example' } }),
    ]);
  });
  afterAll(() => Promise.all([server.close(), withAllowed.close()]));

  it('should refuse a cookie-authenticated change with 403 BAD_ORIGIN when Origin is missing or foreign, and accept its own origin', async () => {
    const cookie = await adminSession(server);
    const missing = await http<{ error: { code: string } }>(server, 'POST', '/api/staff', { cookie, origin: null, body: newStaff('no.origin') });
    expect([missing.status, missing.body.error.code]).toEqual([403, 'BAD_ORIGIN']);
    const foreign = await http<{ error: { code: string } }>(server, 'POST', '/api/staff', { cookie, origin: EVIL, body: newStaff('evil.origin') });
    expect([foreign.status, foreign.body.error.code]).toEqual([403, 'BAD_ORIGIN']);
    const otherPort = await http<{ error: { code: string } }>(server, 'POST', '/api/staff', {
      cookie, origin: `http://127.0.0.1:${server.port + 1}`, body: newStaff('port.origin'),
    });
    expect([otherPort.status, otherPort.body.error.code]).toEqual([403, 'BAD_ORIGIN']);
    expect((await loginIds(server)).filter((id) => id.endsWith('.origin'))).toEqual([]);

    const own = await http(server, 'POST', '/api/staff', { cookie, origin: server.url, body: newStaff('own.origin') });
    expect(own.status).toBe(201);
    expect(await loginIds(server)).toContain('own.origin');
  });

  it('should keep the session when a logout or patch arrives without Origin', async () => {
    const member = await createStaff(server);
    const logout = await http<{ error: { code: string } }>(server, 'POST', '/api/auth/logout', { cookie: member.cookie, origin: null });
    expect([logout.status, logout.body.error.code]).toEqual([403, 'BAD_ORIGIN']);
    const patch = await http<{ error: { code: string } }>(server, 'PATCH', `/api/staff/${member.staff.id}`, {
      cookie: await adminSession(server), origin: EVIL, body: { active: false },
    });
    expect([patch.status, patch.body.error.code]).toEqual([403, 'BAD_ORIGIN']);
    expect((await http(server, 'GET', '/api/me', { cookie: member.cookie })).status).toBe(200);
  });

  it('should refuse a login from a foreign origin but let anyone read public status', async () => {
    const login = await http<{ error: { code: string } }>(server, 'POST', '/api/auth/login', {
      origin: EVIL, body: { loginId: 'admin', password: ADMIN_ENV.ADMIN_PASSWORD },
    });
    expect([login.status, login.body.error.code, login.cookie]).toEqual([403, 'BAD_ORIGIN', undefined]);
    expect((await http(server, 'GET', '/api/status', { origin: EVIL })).status).toBe(200);
  });

  it('should refuse a Socket.IO handshake from a foreign origin on both namespaces', async () => {
    const member = await createStaff(server);
    await refusedHandshake(server, NAMESPACES.visitor, { headers: { origin: EVIL } });
    await refusedHandshake(server, NAMESPACES.staff, { headers: { origin: EVIL, cookie: member.cookie } });
    // The same handshakes from the service's own origin go through.
    (await acceptedHandshake(server, NAMESPACES.visitor, { origin: server.url }))();
    (await acceptedHandshake(server, NAMESPACES.staff, { origin: server.url, cookie: member.cookie }))();
  });

  it('should accept an origin listed in ALLOWED_ORIGINS over HTTP and Socket.IO, and still refuse others', async () => {
    const cookie = await adminSession(withAllowed);
    const listed = await http(withAllowed, 'POST', '/api/staff', { cookie, origin: 'https://app.example', body: newStaff('listed.origin') });
    expect(listed.status).toBe(201);
    const second = await http(withAllowed, 'POST', '/api/staff', { cookie, origin: 'https://admin.example', body: newStaff('second.origin') });
    expect(second.status).toBe(201);
    const unlisted = await http(withAllowed, 'POST', '/api/staff', { cookie, origin: 'https://other.example', body: newStaff('unlisted.origin') });
    expect(unlisted.status).toBe(403);

    (await acceptedHandshake(withAllowed, NAMESPACES.visitor, { origin: 'https://app.example' }))();
    const member = await createStaff(withAllowed);
    (await acceptedHandshake(withAllowed, NAMESPACES.staff, { origin: 'https://app.example', cookie: member.cookie }))();
    await refusedHandshake(withAllowed, NAMESPACES.visitor, { headers: { origin: 'https://other.example' } });
    // Listing another origin does not widen the first server.
    await refusedHandshake(server, NAMESPACES.visitor, { headers: { origin: 'https://app.example' } });
  });
});
