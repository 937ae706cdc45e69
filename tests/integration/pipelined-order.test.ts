import type { Ack, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { call, ok } from '../support/clients.js';
import { counselor, range, record, staffSync, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const CHATS = 10;
const EACH = 50;

const numberOf = (m: WireMessage): number => Number(m.clientMessageId!.split('-').pop());

/**
 * Clients that send without waiting for each ack (fast typing, an outbox flushing after a reconnect)
 * must see their messages stored and delivered in the order they sent them. PostgreSQL only: there
 * the writer runs several appends at once, which is where a later message could overtake an earlier one.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('pipelined sends', () => {
  const ctx = serverPerFile();

  it('should store and deliver each sender’s messages in send order when ten chats pipeline both ways at once', async () => {
    const staff = await counselor(ctx.server, ctx.bag, { maxConcurrent: CHATS });
    const visitors = [];
    for (let i = 0; i < CHATS; i++) {
      const v = await startVisitor(ctx.server, ctx.bag);
      await ok(staff.socket, 'consultation:claim', { consultationId: v.started.consultationId });
      visitors.push({ ...v, consultationId: v.started.consultationId, heard: record<WireMessage>(v.socket, 'message:created') });
    }
    const staffHeard = record<WireMessage>(staff.socket, 'message:created');

    // Every emit goes out before any ack comes back: each socket's sends arrive back to back, both directions interleaved.
    const acks: Promise<Ack<{ message: WireMessage }>>[] = [];
    for (const i of range(1, EACH)) {
      for (const v of visitors) {
        acks.push(call(v.socket, 'message:send', { clientMessageId: `v-${i}`, body: `visitor ${i}` }));
        acks.push(call(staff.socket, 'message:send', { consultationId: v.consultationId, clientMessageId: `s-${i}`, body: `staff ${i}` }));
      }
    }
    const answers = await Promise.all(acks);
    expect(answers.filter((a) => !a.ok)).toEqual([]);

    for (const v of visitors) {
      const stored = await staffSync(staff.socket, v.consultationId);
      expect(stored.map((m) => m.seq)).toEqual(range(1, 2 * EACH));
      expect(stored.filter((m) => m.sender === 'visitor').map(numberOf)).toEqual(range(1, EACH));
      expect(stored.filter((m) => m.sender === 'staff').map(numberOf)).toEqual(range(1, EACH));
    }
    // Live: each side hears all of the other's messages, in send order and in seq order.
    await expect.poll(() => staffHeard.length, { timeout: 10_000 }).toBe(CHATS * EACH);
    for (const v of visitors) {
      await expect.poll(() => v.heard.length, { timeout: 10_000 }).toBe(EACH);
      const fromVisitor = staffHeard.filter((m) => m.consultationId === v.consultationId);
      for (const stream of [v.heard, fromVisitor]) {
        expect(stream.map(numberOf)).toEqual(range(1, EACH));
        expect(stream.map((m) => m.seq)).toEqual([...stream.map((m) => m.seq)].sort((a, b) => a - b));
      }
    }
  });
});
