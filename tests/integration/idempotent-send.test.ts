import type { WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { ok } from '../support/clients.js';
import { claimedChat, range, record, staffSync, visitorSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

type Sent = { message: WireMessage };

describe('sending messages', () => {
  const ctx = serverPerFile();

  it('should store one message and answer with the same id and seq when the same clientMessageId is sent twice', async () => {
    const { visitor, counselor, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const first = await ok<Sent>(visitor.socket, 'message:send', { clientMessageId: 'again-1', body: 'はじめまして' });
    const second = await ok<Sent>(visitor.socket, 'message:send', { clientMessageId: 'again-1', body: 'はじめまして' });
    expect(second.message).toEqual(first.message);

    const staffFirst = await ok<Sent>(counselor.socket, 'message:send', { consultationId, clientMessageId: 'again-1', body: 'ようこそ' });
    const staffSecond = await ok<Sent>(counselor.socket, 'message:send', { consultationId, clientMessageId: 'again-1', body: 'ようこそ' });
    expect(staffSecond.message).toEqual(staffFirst.message);
    // The same clientMessageId from the other side is a different message.
    expect(staffFirst.message.id).not.toBe(first.message.id);

    expect((await visitorSync(visitor.socket)).map((m) => [m.seq, m.sender, m.clientMessageId])).toEqual([
      [1, 'visitor', 'again-1'],
      [2, 'staff', 'again-1'],
    ]);
  });

  it('should keep one copy and a gap-free seq when re-sends of one message race each other', async () => {
    const { visitor, counselor, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const attempts = 15;
    for (let i = 1; i <= attempts; i++) {
      // A flaky network: the client fires the same message several times before any ack comes back.
      const acks = await Promise.all([
        ...range(1, 3).map(() => ok<Sent>(visitor.socket, 'message:send', { clientMessageId: `v-${i}`, body: `visitor ${i}` })),
        ...range(1, 2).map(() => ok<Sent>(counselor.socket, 'message:send', { consultationId, clientMessageId: `s-${i}`, body: `staff ${i}` })),
      ]);
      const byVisitor = acks.slice(0, 3).map((a) => a.message);
      const byStaff = acks.slice(3).map((a) => a.message);
      expect(new Set(byVisitor.map((m) => `${m.id}/${m.seq}`)).size).toBe(1);
      expect(new Set(byStaff.map((m) => `${m.id}/${m.seq}`)).size).toBe(1);
    }

    const all = await staffSync(counselor.socket, consultationId);
    expect(all.map((m) => m.seq)).toEqual(range(1, 2 * attempts));
    const ids = all.map((m) => `${m.sender}:${m.clientMessageId}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await visitorSync(visitor.socket)).map((m) => m.id)).toEqual(all.map((m) => m.id));
  });

  it('should number 100 interleaved messages 1 to 100 and deliver each side the other’s when visitor and counselor send 50 each at once', async () => {
    const { visitor, counselor, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const visitorHeard = record<WireMessage>(visitor.socket, 'message:created');
    const staffHeard = record<WireMessage>(counselor.socket, 'message:created');

    const acks = await Promise.all(
      range(1, 50).flatMap((i) => [
        ok<Sent>(visitor.socket, 'message:send', { clientMessageId: `v-${i}`, body: `from visitor ${i}` }),
        ok<Sent>(counselor.socket, 'message:send', { consultationId, clientMessageId: `s-${i}`, body: `from counselor ${i}` }),
      ]),
    );
    const sent = acks.map((a) => a.message);
    expect(sent.map((m) => m.seq).sort((a, b) => a - b)).toEqual(range(1, 100));

    const synced = await visitorSync(visitor.socket);
    expect(synced.map((m) => m.seq)).toEqual(range(1, 100));
    expect(new Set(synced.map((m) => m.id))).toEqual(new Set(sent.map((m) => m.id)));

    const idsOf = (sender: string) => sent.filter((m) => m.sender === sender).map((m) => m.id).sort();
    await expect.poll(() => visitorHeard.filter((m) => m.sender === 'staff').map((m) => m.id).sort()).toEqual(idsOf('staff'));
    await expect.poll(() => staffHeard.filter((m) => m.sender === 'visitor').map((m) => m.id).sort()).toEqual(idsOf('visitor'));
  });
});
