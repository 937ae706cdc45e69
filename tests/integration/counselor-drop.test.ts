import type { ConsultationView, QueueItem, VisitorConsultationUpdate, WireMessage } from '@hidamari/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, next, ok } from '../support/clients.js';
import { claimedChat, counselor, myConsultations, SocketBag, visitorSync } from '../support/flows.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('a counselor’s connection drops', () => {
  let server: TestServer;
  const bag = new SocketBag();
  beforeAll(async () => {
    // A one-second grace period and a fast sweeper, so the drop is noticed within the test.
    server = await startTestServer({ env: { ...ADMIN_ENV, STAFF_GRACE_SECONDS: '1', SWEEP_INTERVAL_MS: '200' } });
  });
  afterEach(() => bag.closeAll());
  afterAll(() => server.close());

  it('should put the chat back in the queue with its transcript when the counselor stays gone past the grace period', async () => {
    const { visitor, counselor: first, consultationId } = await claimedChat(server, bag, { message: '話を聞いてください' });
    await ok(first.socket, 'message:send', { consultationId, clientMessageId: 's-1', body: 'はい、聞いています' });
    await ok(visitor.socket, 'message:send', { clientMessageId: 'v-1', body: '実は…' });
    const second = await counselor(server, bag);

    const requeued = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.status === 'queued', 8000);
    const offered = next<{ items: QueueItem[] }>(second.socket, 'queue:updated', (u) => u.items.some((i) => i.consultationId === consultationId), 8000);
    const droppedAt = Date.now();
    first.socket.disconnect(); // the connection is gone, as when a laptop lid closes

    const update = await requeued;
    // Not at once: the one-second grace counts from the last heartbeat, which is at most 250 ms older than the drop.
    expect(Date.now() - droppedAt).toBeGreaterThanOrEqual(700);
    expect(update).toMatchObject({ consultationId, status: 'queued', queue: { position: 1 } });
    expect(update.counselorName).toBeUndefined();
    const item = (await offered).items.find((i) => i.consultationId === consultationId);
    expect(item).toMatchObject({ preview: '話を聞いてください' });

    const visitorSeesNewCounselor = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.status === 'active');
    const claim = await ok<{ consultation: ConsultationView; messages: WireMessage[] }>(second.socket, 'consultation:claim', { consultationId });
    expect(claim.consultation).toMatchObject({ status: 'active', assignedStaffId: second.staff.id });
    expect(claim.messages.map((m) => m.body)).toEqual(['話を聞いてください', 'はい、聞いています', '実は…']);
    expect((await visitorSeesNewCounselor).counselorName).toBe(second.staff.displayName);

    await ok(second.socket, 'message:send', { consultationId, clientMessageId: 's-2', body: '代わりにお話を伺います' });
    expect((await visitorSync(visitor.socket)).map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('should keep the chat with the counselor when they reconnect within the grace period', async () => {
    const { counselor: c, consultationId } = await claimedChat(server, bag);
    const watcher = await counselor(server, bag);
    const requeues: QueueItem[][] = [];
    watcher.socket.on('queue:updated', (u) => requeues.push(u.items.filter((i) => i.consultationId === consultationId)));

    c.socket.disconnect();
    c.socket.connect(); // a blip: back well inside the one-second grace
    await new Promise<void>((resolve) => c.socket.once('connect', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 2500));

    expect(requeues.filter((items) => items.length > 0)).toEqual([]);
    expect(await myConsultations(c.socket)).toMatchObject([{ id: consultationId, status: 'active' }]);
    await ok(c.socket, 'message:send', { consultationId, clientMessageId: 'after-blip', body: '戻りました' });
  });
});
