import type { QueueItem, WireMessage } from '@hidamari/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, createShift, createStaff, next, ok, staffSocket, visitorSocket, type StaffClient, type VisitorClient } from '../support/clients.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('the consultation loop', () => {
  let server: TestServer;
  const sockets: (VisitorClient | StaffClient)[] = [];
  beforeAll(async () => {
    server = await startTestServer({ env: ADMIN_ENV });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await server.close();
  });

  it('should carry a visitor from intake through queue, chat and close when a counselor takes the chat', async () => {
    const counselor = await createStaff(server, { displayName: 'はる' });
    await createShift(server, counselor.staff.id);
    const staff = await staffSocket(server, counselor.cookie);
    const visitor = await visitorSocket(server);
    sockets.push(staff, visitor);
    await ok(staff, 'duty:set', { onDuty: true });

    const queueSeen = next<{ items: QueueItem[] }>(staff, 'queue:updated', (u) => u.items.length > 0);
    const started = await ok(visitor, 'consultation:start', {
      audience: 'family', topic: 'family', nickname: 'みどり', message: '  息子のことで相談したいです  ', locale: 'ja',
    });
    expect(started.token).toBeTruthy();
    expect(started.resumeCode).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    expect(started.queue.position).toBe(1);

    const { items } = await queueSeen;
    const item = items.find((i) => i.consultationId === started.consultationId)!;
    expect(item).toMatchObject({ audience: 'family', topic: 'family', riskLevel: 'none', preview: '息子のことで相談したいです' });

    const visitorSeesCounselor = next<{ status: string; counselorName?: string }>(visitor, 'consultation:updated', (u) => u.status === 'active');
    const claim = await ok(staff, 'consultation:claim', {
      consultationId: started.consultationId,
    });
    expect(claim.consultation.status).toBe('active');
    expect(claim.messages.map((m) => [m.seq, m.sender, m.body])).toEqual([[1, 'visitor', '息子のことで相談したいです']]);
    expect((await visitorSeesCounselor).counselorName).toBe('はる');

    const staffGets = next<WireMessage>(staff, 'message:created', (m) => m.sender === 'visitor');
    const sent = await ok(visitor, 'message:send', { clientMessageId: 'v-1', body: 'よろしくお願いします' });
    expect(sent.message).toMatchObject({ seq: 2, sender: 'visitor', visibility: 'all', clientMessageId: 'v-1' });
    expect((await staffGets).id).toBe(sent.message.id);

    const visitorGets = next<WireMessage>(visitor, 'message:created', (m) => m.sender === 'staff');
    const reply = await ok(staff, 'message:send', {
      consultationId: started.consultationId, clientMessageId: 's-1', body: 'こんにちは。お話を聞かせてください。',
    });
    expect(reply.message).toMatchObject({ seq: 3, sender: 'staff', senderName: 'はる' });
    expect((await visitorGets).body).toBe('こんにちは。お話を聞かせてください。');

    const visitorSeesClose = next<{ status: string; closeReason?: string }>(visitor, 'consultation:updated', (u) => u.status === 'closed');
    const closed = await ok(staff, 'consultation:close', {
      consultationId: started.consultationId, outcome: 'listened', tags: ['初回'],
    });
    expect(closed.consultation).toMatchObject({ status: 'closed', closeReason: 'counselor_closed', outcome: 'listened', tags: ['初回'] });
    expect((await visitorSeesClose).closeReason).toBe('counselor_closed');

    const all = await ok(visitor, 'messages:sync', { afterSeq: 0 });
    expect(all.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });
});
