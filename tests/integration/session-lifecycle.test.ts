import type { WireMessage } from '@hidamari/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, adminSession, call, createStaff, http, login, next, ok, staffSocket, type StaffClient } from '../support/clients.js';
import { claimedChat, counselor, dropped, record, SocketBag, startVisitor } from '../support/flows.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Every way a session ends or its rights change, done on server A while the person's sockets are on server B:
 * each must take effect on B at once (Redis carries it). PostgreSQL only: two processes share one database.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('staff sessions and rights across two servers', () => {
  const bag = new SocketBag();
  const servers: TestServer[] = [];
  const pair = () => servers as [TestServer, TestServer];

  beforeAll(async () => {
    const env = { ...ADMIN_ENV, REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', SESSION_MAX_HOURS: '9' };
    servers.push(await startTestServer({ env }));
    servers.push(await startTestServer({ env, databaseUrl: servers[0]!.databaseUrl }));
  });
  afterEach(() => bag.closeAll());
  afterAll(async () => {
    await Promise.all(servers.splice(0).reverse().map((s) => s.close()));
  });

  const patch = async (staffId: string, body: object) => {
    const [a] = pair();
    const res = await http(a, 'PATCH', `/api/staff/${staffId}`, { cookie: await adminSession(a), body });
    expect(res.status).toBe(200);
  };
  const socketOnB = async (cookie: string): Promise<StaffClient> => bag.add(await staffSocket(pair()[1], cookie));

  it('should give a new session id at login and end the one the request came with, its socket on the other server too', async () => {
    const [a] = pair();
    const member = await createStaff(a, { roles: ['counselor'] });
    const before = member.cookie;
    const planted = await socketOnB(before);
    const gone = dropped(planted);

    const res = await http<{ staff: unknown }>(a, 'POST', '/api/auth/login', { cookie: before, body: { loginId: member.staff.loginId, password: member.password } });
    expect(res.status).toBe(200);
    expect(res.cookie).toMatch(/^hidamari_session=/);
    expect(res.cookie).not.toBe(before);
    expect((await http(a, 'GET', '/api/me', { cookie: before })).status).toBe(401);
    expect((await http(a, 'GET', '/api/me', { cookie: res.cookie })).status).toBe(200);
    expect(await gone).toBe('io server disconnect');

    // A made-up id sent before login is never adopted either.
    const made = await http(a, 'POST', '/api/auth/login', { cookie: 'hidamari_session=chosen-by-an-attacker', body: { loginId: member.staff.loginId, password: member.password } });
    expect(made.cookie).not.toContain('chosen-by-an-attacker');
  });

  it('should let the session cookie live SESSION_MAX_HOURS, the absolute expiry', async () => {
    const [a] = pair();
    const member = await createStaff(a, { roles: ['counselor'] });
    const res = await fetch(`${a.url}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: a.url }, body: JSON.stringify({ loginId: member.staff.loginId, password: member.password }),
    });
    const expires = /Expires=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    expect(Math.abs(new Date(expires!).getTime() - (Date.now() + 9 * 3600_000))).toBeLessThan(60_000);
  });

  it('should drop the socket on the other server when the person logs out', async () => {
    const [a] = pair();
    const member = await createStaff(a, { roles: ['counselor'] });
    const gone = dropped(await socketOnB(member.cookie));
    expect((await http(a, 'POST', '/api/auth/logout', { cookie: member.cookie })).status).toBe(204);
    expect(await gone).toBe('io server disconnect');
  });

  it('should drop the other sessions’ sockets and keep the current one’s when the person changes their password', async () => {
    const [a] = pair();
    const member = await createStaff(a, { roles: ['counselor'] });
    const other = await login(a, member.staff.loginId, member.password);
    const current = await socketOnB(member.cookie);
    const gone = dropped(await socketOnB(other));
    const res = await http(a, 'POST', '/api/me/password', { cookie: member.cookie, body: { currentPassword: member.password, newPassword: 'a-new-password-456' } });
    expect(res.status).toBe(204);
    expect(await gone).toBe('io server disconnect');
    expect((await call(current, 'consultations:list')).ok).toBe(true);
    expect(current.connected).toBe(true);
  });

  it('should drop every socket of a person on the other server when an admin deactivates them', async () => {
    const member = await createStaff(pair()[0], { roles: ['counselor'] });
    const gone = [dropped(await socketOnB(member.cookie)), dropped(await socketOnB(member.cookie))];
    await patch(member.staff.id, { active: false });
    expect(await Promise.all(gone)).toEqual(['io server disconnect', 'io server disconnect']);
    expect((await http(pair()[0], 'GET', '/api/me', { cookie: member.cookie })).status).toBe(401);
  });

  it('should stop the queue reaching a socket on the other server when an admin removes the counselling role', async () => {
    const [a, b] = pair();
    const demoted = await counselor(b, bag);
    const colleague = await counselor(b, bag);
    const duty = next<{ onDuty: boolean }>(demoted.socket, 'duty:updated', (u) => !u.onDuty);
    await patch(demoted.staff.id, { roles: ['admin'] });
    await duty;
    const seen = record(demoted.socket, 'queue:updated');
    const colleagueSees = next<{ items: { preview?: string }[] }>(colleague.socket, 'queue:updated', (u) => u.items.some((i) => i.preview === '役割変更のあと'));
    await startVisitor(a, bag, { message: '役割変更のあと' });
    await colleagueSees;
    // One more round trip on the demoted socket: anything sent to it before would have arrived by now.
    await call(demoted.socket, 'consultations:list');
    expect(seen).toEqual([]);
    expect(demoted.socket.connected).toBe(true);
  });

  it('should end monitoring on the other server when an admin removes the supervisor role', async () => {
    const [a, b] = pair();
    const { visitor, counselor: c, consultationId } = await claimedChat(a, bag, { message: 'はじめまして' });
    const sup = await counselor(b, bag, { roles: ['supervisor', 'counselor'] });
    const watching = next<{ monitors: unknown[] }>(c.socket, 'monitor:changed', (u) => u.monitors.length === 1);
    await ok(sup.socket, 'consultation:monitor', { consultationId });
    await watching;
    expect((await ok(sup.socket, 'messages:sync', { consultationId, afterSeq: 0 })).messages).toHaveLength(1);

    const released = next<{ monitors: unknown[] }>(c.socket, 'monitor:changed', (u) => u.monitors.length === 0);
    await patch(sup.staff.id, { roles: ['counselor'] });
    await released;

    const supHeard = record<WireMessage>(sup.socket, 'message:created');
    const counselorHears = next<WireMessage>(c.socket, 'message:created', (m) => m.body === 'もう見えないはず');
    await ok(visitor.socket, 'message:send', { clientMessageId: 'after-demotion', body: 'もう見えないはず' });
    await counselorHears;
    await call(sup.socket, 'consultations:list');
    expect(supHeard).toEqual([]);
    expect(await call(sup.socket, 'messages:sync', { consultationId, afterSeq: 0 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(sup.socket.connected).toBe(true);
  });
});
