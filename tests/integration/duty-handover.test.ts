import type { VisitorConsultationUpdate, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { call, next, ok } from '../support/clients.js';
import { claimedChat, counselor, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

/** At a shift's end the counselor hands each open chat back to the front of the queue with a staff-only note. */
describe('hand-over at the end of a shift', () => {
  const ctx = serverPerFile();

  it('should put the chat at the front of the queue with the note, and show the note to the next counselor first', async () => {
    const waiting = await startVisitor(ctx.server, ctx.bag, { message: '先に待っています' });
    const { visitor, counselor: leaving, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: '眠れない日が続いています' });
    const toldVisitor = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.status === 'queued');
    const visitorNotice = next<WireMessage>(visitor.socket, 'message:created', (m) => m.sender === 'system');

    const note = '睡眠の話の途中です。ご家族のことはまだ聞けていません。';
    expect(await call(leaving.socket, 'consultation:handover', { consultationId, note })).toEqual({ ok: true });
    expect(await toldVisitor).toMatchObject({ consultationId, status: 'queued' });
    expect((await visitorNotice).visibility).toBe('all');

    const taker = await counselor(ctx.server, ctx.bag);
    const { items } = await ok(taker.socket, 'queue:list');
    // Ahead of someone who arrived earlier: a hand-over goes to the front.
    expect(items.map((i) => i.consultationId).slice(0, 2)).toEqual([consultationId, waiting.started.consultationId]);

    const claimed = await ok(taker.socket, 'consultation:claim', { consultationId });
    const newest = claimed.messages.at(-1)!;
    expect(newest).toMatchObject({ sender: 'system', visibility: 'staff', body: note });
    expect(claimed.messages.map((m) => m.body)).toContain('眠れない日が続いています');
    // The visitor never sees the staff note.
    const seen = (await ok(visitor.socket, 'messages:sync', { afterSeq: 0 })).messages;
    expect(seen.map((m) => m.body)).not.toContain(note);
    await ok(waiting.socket, 'consultation:leave');
  });

  it('should leave a default note saying the shift ended when the counselor writes none', async () => {
    const { counselor: leaving, consultationId } = await claimedChat(ctx.server, ctx.bag);
    await ok(leaving.socket, 'consultation:handover', { consultationId });
    const taker = await counselor(ctx.server, ctx.bag);
    const claimed = await ok(taker.socket, 'consultation:claim', { consultationId });
    expect(claimed.messages.at(-1)).toMatchObject({ sender: 'system', visibility: 'staff', body: expect.stringContaining('シフト') });
  });

  it('should refuse a hand-over with FORBIDDEN when the chat is not the caller\'s', async () => {
    const { consultationId } = await claimedChat(ctx.server, ctx.bag);
    const other = await counselor(ctx.server, ctx.bag);
    expect(await call(other.socket, 'consultation:handover', { consultationId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
