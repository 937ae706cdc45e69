import type { QueueItem, VisitorConsultationUpdate } from '@hidamari/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, next, ok } from '../support/clients.js';
import { claimedChat, counselor, myConsultations, SocketBag, staffSync, visitorSync } from '../support/flows.js';
import { heartbeatAfter, staffGoneFromServer, staffSeenAt } from '../support/presence.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const GRACE_S = 8;

describe('a counselor’s connection drops', () => {
  let server: TestServer;
  const bag = new SocketBag();
  const sweepAt = (ms: number) => server.hidamari.services.sweeper.sweepOnce(new Date(ms));
  beforeAll(async () => {
    // No background sweep (an hour apart): each test sweeps by hand at a chosen instant. The grace only sets the
    // heartbeat here (every 2 s); the instants are taken from the presence rows, so load cannot shift them.
    server = await startTestServer({ env: { ...ADMIN_ENV, STAFF_GRACE_SECONDS: String(GRACE_S), SWEEP_INTERVAL_MS: '3600000' } });
  });
  afterEach(() => bag.closeAll());
  afterAll(() => server.close());

  it('should put the chat back in the queue with its transcript when the counselor stays gone past the grace period', async () => {
    const { visitor, counselor: first, consultationId } = await claimedChat(server, bag, { message: '話を聞いてください' });
    await ok(first.socket, 'message:send', { consultationId, clientMessageId: 's-1', body: 'はい、聞いています' });
    await ok(visitor.socket, 'message:send', { clientMessageId: 'v-1', body: '実は…' });
    const second = await counselor(server, bag);

    first.socket.disconnect(); // the connection is gone, as when a laptop lid closes
    await staffGoneFromServer(server, first.staff.id);
    // Once a heartbeat begun after the drop has landed (it touches `second` only), `first`'s last sign of life is final.
    await heartbeatAfter(() => staffSeenAt(server, second.staff.id), Date.now());
    const lastSeen = await staffSeenAt(server, first.staff.id);

    expect(await sweepAt(lastSeen + GRACE_S * 1000)).toMatchObject({ requeued: 0, closed: 0 });
    expect(await myConsultations(second.socket)).toEqual([]);

    const requeued = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.status === 'queued');
    const offered = next<{ items: QueueItem[] }>(second.socket, 'queue:updated', (u) => u.items.some((i) => i.consultationId === consultationId));
    expect(await sweepAt(lastSeen + GRACE_S * 1000 + 1)).toMatchObject({ requeued: 1, closed: 0 });
    const update = await requeued;
    expect(update).toMatchObject({ consultationId, status: 'queued', queue: { position: 1 } });
    expect(update.counselorName).toBeUndefined();
    const item = (await offered).items.find((i) => i.consultationId === consultationId);
    expect(item).toMatchObject({ preview: '話を聞いてください' });

    const visitorSeesNewCounselor = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.status === 'active');
    const claim = await ok(second.socket, 'consultation:claim', { consultationId });
    expect(claim.consultation).toMatchObject({ status: 'active', assignedStaffId: second.staff.id });
    // System notices (e.g. of the requeue) may sit between them; the conversation itself is whole and in order.
    expect(claim.messages.filter((m) => m.sender !== 'system').map((m) => m.body)).toEqual(['話を聞いてください', 'はい、聞いています', '実は…']);
    expect((await visitorSeesNewCounselor).counselorName).toBe(second.staff.displayName);

    await ok(second.socket, 'message:send', { consultationId, clientMessageId: 's-2', body: '代わりにお話を伺います' });
    const all = await staffSync(second.socket, consultationId);
    expect(all.map((m) => m.seq)).toEqual(all.map((_, i) => i + 1));
    expect((await visitorSync(visitor.socket)).filter((m) => m.sender !== 'system').map((m) => m.body)).toEqual(
      ['話を聞いてください', 'はい、聞いています', '実は…', '代わりにお話を伺います'],
    );
  });

  it('should keep the chat with the counselor when they reconnect within the grace period', async () => {
    const { counselor: c, consultationId } = await claimedChat(server, bag);
    const watcher = await counselor(server, bag);
    const requeues: QueueItem[][] = [];
    watcher.socket.on('queue:updated', (u) => requeues.push(u.items.filter((i) => i.consultationId === consultationId)));
    const beforeDrop = await staffSeenAt(server, c.staff.id);

    c.socket.disconnect();
    await staffGoneFromServer(server, c.staff.id);
    c.socket.connect(); // a blip
    await new Promise<void>((resolve) => c.socket.once('connect', () => resolve()));
    // The heartbeat counts them again: their last sign of life moves past the reconnect.
    const back = await heartbeatAfter(() => staffSeenAt(server, c.staff.id), Date.now());

    // Past the grace counted from before the drop, within it counted from the heartbeat after the reconnect.
    const at = back + GRACE_S * 1000;
    expect(at).toBeGreaterThan(beforeDrop + GRACE_S * 1000);
    await sweepAt(at);

    expect(requeues.filter((items) => items.length > 0)).toEqual([]);
    expect(await myConsultations(c.socket)).toMatchObject([{ id: consultationId, status: 'active' }]);
    await ok(c.socket, 'message:send', { consultationId, clientMessageId: 'after-blip', body: '戻りました' });
  });
});
