/** The counselor sees whether the visitor is connected: over all the visitor's sockets, live, and in the chat's view. */
import type { VisitorPresenceChange } from '@hidamari/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_ENV, createShift, createStaff, next, ok, staffSocket, visitorSocket } from '../support/clients.js';
import { claimedChat, reconnectVisitor, SocketBag } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('visitor presence', () => {
  const ctx = serverPerFile();

  it('should show the visitor away only when their last socket goes, and back when one returns', async () => {
    const { visitor, counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const [view] = (await ok(c.socket, 'consultations:list')).consultations;
    expect(view?.visitorPresence?.connected).toBe(true);

    // A second device of the same visitor (same token): closing the first leaves them connected.
    const second = await reconnectVisitor(ctx.server, ctx.bag, visitor.started.token);
    const changes: VisitorPresenceChange[] = [];
    c.socket.on('visitor:presence', (p) => changes.push(p));
    visitor.socket.disconnect();
    await ok(second.socket, 'messages:sync', { afterSeq: 0 });

    const away = next<VisitorPresenceChange>(c.socket, 'visitor:presence', (p) => !p.connected);
    const before = Date.now();
    second.socket.disconnect();
    const gone = await away;
    expect(gone.consultationId).toBe(consultationId);
    expect(Date.parse(gone.since)).toBeGreaterThanOrEqual(before - 1000);
    // Nothing was said while one socket remained.
    expect(changes.filter((p) => p !== gone)).toEqual([]);
    const [listed] = (await ok(c.socket, 'consultations:list')).consultations;
    expect(listed?.visitorPresence).toEqual({ connected: false, since: gone.since });

    const back = next<VisitorPresenceChange>(c.socket, 'visitor:presence', (p) => p.connected);
    await reconnectVisitor(ctx.server, ctx.bag, visitor.started.token);
    expect((await back).consultationId).toBe(consultationId);
  });
});

describe('visitor presence across two server processes', () => {
  const bag = new SocketBag();
  const servers: TestServer[] = [];
  afterEach(async () => {
    bag.closeAll();
    await Promise.all(servers.splice(0).reverse().map((s) => s.close()));
  });

  // PGlite is one process's database: a cluster needs PostgreSQL and Redis.
  it.skipIf(!process.env.TEST_DATABASE_URL)('should count the visitor\'s sockets on every server before saying they left', async () => {
    const env = { ...ADMIN_ENV, REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' };
    const a = await startTestServer({ env });
    servers.push(a);
    const b = await startTestServer({ env, databaseUrl: a.databaseUrl });
    servers.push(b);
    const member = await createStaff(a);
    await createShift(a, member.staff.id);
    const staff = bag.add(await staffSocket(b, member.cookie));
    await ok(staff, 'duty:set', { onDuty: true });
    const onA = bag.add(await visitorSocket(a));
    const started = await ok(onA, 'consultation:start', { audience: 'self', topic: 'other' });
    await ok(staff, 'consultation:claim', { consultationId: started.consultationId });
    const onB = bag.add(await visitorSocket(b, started.token));
    await ok(onB, 'messages:sync', { afterSeq: 0 });

    const said: boolean[] = [];
    staff.on('visitor:presence', (p) => said.push(p.connected));
    onA.disconnect();
    // Still connected on server B: a message round trip later, nobody has been told the visitor left.
    const relayed = next(staff, 'message:created');
    await ok(onB, 'message:send', { clientMessageId: 'still-here', body: 'まだいます' });
    await relayed;
    expect(said).toEqual([]);

    const away = next<VisitorPresenceChange>(staff, 'visitor:presence', (p) => !p.connected);
    onB.disconnect();
    expect((await away).consultationId).toBe(started.consultationId);
  });
});
