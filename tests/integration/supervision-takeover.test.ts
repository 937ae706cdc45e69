import type { Ack, StaffConsultationUpdate, VisitorConsultationUpdate, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { call, next, ok } from '../support/clients.js';
import { claimedChat, counselor, staffSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

/** A supervisor takes a chat over: it becomes theirs at once, the counselor loses it, the visitor is told. */
describe('taking a chat over', () => {
  const ctx = serverPerFile();
  const supervisor = (opts: { maxConcurrent?: number } = {}) =>
    counselor(ctx.server, ctx.bag, { roles: ['supervisor'], displayName: '監督 花子', ...opts });

  it('should reassign the chat, tell the visitor who continues, and refuse the old counselor when a supervisor takes over', async () => {
    const { visitor, counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: '話を聞いてほしい', locale: 'ja' });
    const sup = await supervisor();
    await ok(sup.socket, 'consultation:monitor', { consultationId });
    const lost = next<StaffConsultationUpdate>(c.socket, 'consultation:updated', (u) => u.consultation.assignedStaffId === sup.staff.id);
    const toldVisitor = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.counselorName === '監督 花子');
    const notice = next<WireMessage>(visitor.socket, 'message:created', (m) => m.sender === 'system');

    const taken = await ok(sup.socket, 'consultation:takeover', { consultationId });
    expect(taken.consultation).toMatchObject({ id: consultationId, status: 'active', assignedStaffId: sup.staff.id, counselorName: '監督 花子' });
    expect(taken.messages.map((m) => m.body)).toContain('話を聞いてほしい');
    expect((await lost).status).toBe('active');
    expect(await toldVisitor).toMatchObject({ status: 'active', counselorName: '監督 花子' });
    expect((await notice)).toMatchObject({ visibility: 'all', body: expect.stringContaining('監督 花子') });

    expect(await call(c.socket, 'message:send', { consultationId, clientMessageId: 'late', body: 'まだいますか' }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(c.socket, 'messages:sync', { consultationId, afterSeq: 0 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Now theirs: the supervisor answers the visitor directly.
    const reply = next<WireMessage>(visitor.socket, 'message:created', (m) => m.sender === 'staff');
    await ok(sup.socket, 'message:send', { consultationId, clientMessageId: 's1', body: '続きをお聞きします' });
    expect((await reply).senderName).toBe('監督 花子');
  });

  it('should refuse with AT_CAPACITY when the supervisor already holds their maximum', async () => {
    const { consultationId } = await claimedChat(ctx.server, ctx.bag);
    const sup = await supervisor({ maxConcurrent: 1 });
    // Fill the supervisor's one slot with a chat of their own, then try to take another.
    const own = await claimedChat(ctx.server, ctx.bag);
    await ok(sup.socket, 'consultation:takeover', { consultationId: own.consultationId });
    expect(await call(sup.socket, 'consultation:takeover', { consultationId })).toMatchObject({ ok: false, error: { code: 'AT_CAPACITY' } });
  });

  it('should refuse with FORBIDDEN when a counselor tries to take over a colleague\'s chat', async () => {
    const { consultationId } = await claimedChat(ctx.server, ctx.bag);
    const other = await counselor(ctx.server, ctx.bag);
    expect(await call(other.socket, 'consultation:takeover', { consultationId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('should store every acknowledged message once and in order, and refuse the rest, when a takeover lands while the counselor sends', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const sup = await supervisor();
    // The counselor keeps writing, one message after another as the staff outbox sends them; the takeover is asked for
    // mid-stream, so it races the sends in flight. Sending stops a few refusals after the first one.
    const acks: Ack<{ message: WireMessage }>[] = [];
    let takeover: Promise<unknown> | undefined;
    for (let i = 1; i <= 500 && acks.filter((a) => !a.ok).length < 3; i++) {
      const sending = call(c.socket, 'message:send', { consultationId, clientMessageId: `m${i}`, body: `line ${i}` });
      if (i === 5) takeover = ok(sup.socket, 'consultation:takeover', { consultationId });
      acks.push(await sending);
    }
    await takeover;

    const stored = (await staffSync(sup.socket, consultationId)).filter((m) => m.sender === 'staff');
    const acked = acks.flatMap((a, i) => (a.ok ? [{ i: i + 1, seq: a.message.seq }] : []));
    // Acknowledged means stored, exactly once, at the seq the ack gave, in the order sent.
    expect(stored.map((m) => m.body)).toEqual(acked.map((a) => `line ${a.i}`));
    expect(stored.map((m) => m.seq)).toEqual(acked.map((a) => a.seq));
    // A prefix went through; from the takeover on, every send was refused.
    const firstRefused = acks.findIndex((a) => !a.ok);
    expect(firstRefused).toBeGreaterThanOrEqual(4);
    expect(acks.slice(firstRefused).every((a) => !a.ok && a.error.code === 'FORBIDDEN')).toBe(true);
  });
});
