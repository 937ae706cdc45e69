import type { Ack, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, call, ok } from '../support/clients.js';
import { claimedChat, record, reconnectVisitor, visitorSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

// The product's defaults (the test server raises them for other suites).
const DEFAULT_LIMITS = { RATE_LIMIT_MESSAGES: '5', MAX_CONNECTIONS_PER_CLIENT: '20' };
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('message and typing limits', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, ...DEFAULT_LIMITS } });

  it('should accept every message when a person types 3 a second and then an outbox of 200 flushes one by one after a reconnect', async () => {
    const { visitor, counselor, consultationId } = await claimedChat(ctx.server, ctx.bag);
    // A fast typist: 3 messages a second for 6 s (the pace is the scenario, not a wait for an outcome).
    for (let i = 1; i <= 18; i++) {
      expect(await call(visitor.socket, 'message:send', { clientMessageId: `typed-${i}`, body: `typed ${i}` })).toMatchObject({ ok: true });
      await pause(333);
    }
    // The counselor answers quickly meanwhile too.
    for (let i = 1; i <= 10; i++) await ok(counselor.socket, 'message:send', { consultationId, clientMessageId: `reply-${i}`, body: `reply ${i}` });

    // Offline for a moment; the outbox holds 200 messages, sent one at a time, each after the previous ack.
    visitor.socket.disconnect();
    const back = await reconnectVisitor(ctx.server, ctx.bag, visitor.started.token);
    const refused: Ack[] = [];
    for (let i = 1; i <= 200; i++) {
      const ack = await call(back.socket, 'message:send', { clientMessageId: `outbox-${i}`, body: `queued ${i}` });
      if (!ack.ok) refused.push(ack);
    }
    expect(refused).toEqual([]);
    const stored = await visitorSync(back.socket);
    expect(stored).toHaveLength(18 + 10 + 200);
    expect(stored.filter((m) => m.clientMessageId?.startsWith('outbox-')).map((m) => m.body)).toEqual(
      Array.from({ length: 200 }, (_, i) => `queued ${i + 1}`),
    );
  }, 60_000);

  it('should refuse most of a 10,000-message flood with RATE_LIMITED, keep the accepted ones in order and stay responsive', async () => {
    const flood = await claimedChat(ctx.server, ctx.bag);
    const other = await claimedChat(ctx.server, ctx.bag);
    const staffHeard = record<WireMessage>(flood.counselor.socket, 'message:created');

    const started = Date.now();
    const acks = Array.from({ length: 10_000 }, (_, i) =>
      call(flood.visitor.socket, 'message:send', { clientMessageId: `f-${i}`, body: `flood ${i}` }).then((ack) => ({ i, ack })));
    // While the flood is being answered, another visitor's message goes through. (Whether its ack lands before the
    // flood's last answer is a race: refusals are answered from memory, the calm message waits for its commit.)
    await ok(other.visitor.socket, 'message:send', { clientMessageId: 'calm', body: 'こんにちは' });
    const calmAck = Date.now();
    const answers = await Promise.all(acks);
    const floodMs = Date.now() - started;

    const accepted = answers.filter((a) => a.ack.ok);
    const refused = answers.filter((a) => !a.ack.ok).map((a) => a.ack as Extract<Ack, { ok: false }>);
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.length).toBeLessThan(500);
    expect(new Set(refused.map((r) => r.error.code))).toEqual(new Set(['RATE_LIMITED']));
    expect(refused[0]!.error.message).toMatch(/retry after \d+ s/);
    // The test's clients share this process (and a loaded machine) with the server: a generous bound, not a timing.
    expect(floodMs).toBeLessThan(30_000);
    console.info(`flood: ${accepted.length} accepted, ${refused.length} refused in ${floodMs} ms; the other chat's ack after ${calmAck - started} ms`);

    // Stored: exactly the accepted ones, numbered in the order they were sent; relayed: no more than that.
    const stored = await visitorSync(flood.visitor.socket);
    expect(stored.map((m) => m.clientMessageId)).toEqual(accepted.map((a) => `f-${a.i}`));
    expect(stored.map((m) => m.seq)).toEqual(stored.map((_, k) => k + 1));
    await expect.poll(() => staffHeard.length).toBe(accepted.length);

    // The counselor's side of that chat has its own budget: their answer still goes through.
    expect(await call(flood.counselor.socket, 'message:send', { consultationId: flood.consultationId, clientMessageId: 'answer', body: '大丈夫ですか' }))
      .toMatchObject({ ok: true });
  }, 60_000);

  it('should refuse typing updates beyond the limit with RATE_LIMITED and relay none of the refused ones', async () => {
    const { visitor, counselor } = await claimedChat(ctx.server, ctx.bag);
    const relayed = record<{ typing: boolean }>(counselor.socket, 'typing:changed');
    const acks = await Promise.all(Array.from({ length: 200 }, (_, i) => call(visitor.socket, 'typing:set', { typing: i % 2 === 0 })));
    const accepted = acks.filter((a) => a.ok).length;
    expect(accepted).toBeLessThan(100);
    expect(acks.filter((a) => !a.ok)).toEqual(Array(200 - accepted).fill(expect.objectContaining({ error: expect.objectContaining({ code: 'RATE_LIMITED' }) })));
    // A marker sent after the flood arrives after every relayed one: then the count is final.
    await ok(visitor.socket, 'message:send', { clientMessageId: 'after-typing', body: 'marker' });
    await expect.poll(() => relayed.length).toBe(accepted);
  });
});
