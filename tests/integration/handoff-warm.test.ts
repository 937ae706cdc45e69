import type { HandoffCompleted, HandoffEnded, HandoffOffered, VisitorConsultationUpdate, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, call, next, ok } from '../support/clients.js';
import { claimedChat, counselor, record, startVisitor, type Counselor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

/** Warm hand-offs to a named colleague: offered, then accepted, declined, or expired by the sweeper (driven by hand here). */
describe('a warm hand-off to a colleague', () => {
  // No background sweep, and a grace period past the instants swept, so only the expiry under test happens.
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000', STAFF_GRACE_SECONDS: '86400' } });
  const offerTo = (from: Counselor, consultationId: string, staffId: string, note = '') =>
    ok(from.socket, 'consultation:transfer', { consultationId, to: { staffId }, mode: 'warm', note });

  it('should give the colleague the chat with its whole history and the note, and tell the visitor the new name, when they accept', async () => {
    const { visitor, counselor: sender, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: '仕事に行けなくなりました', topic: 'work-school' });
    const target = await counselor(ctx.server, ctx.bag, { displayName: '佐藤' });
    const offered = next<HandoffOffered>(target.socket, 'handoff:offered');
    const note = '就労の話です。焦らせないようにお願いします。';
    const ack = await offerTo(sender, consultationId, target.staff.id, note);
    expect(ack).toMatchObject({ status: 'offered', expiresAt: expect.any(String) });
    expect(await offered).toMatchObject({
      handoffId: ack.handoffId, note, from: { staffId: sender.staff.id }, consultation: { id: consultationId, topic: 'work-school' },
    });

    const renamed = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.counselorName === '佐藤');
    const told = next<WireMessage>(visitor.socket, 'message:created', (m) => m.sender === 'system');
    const senderDone = next<HandoffCompleted>(sender.socket, 'handoff:completed');
    const targetDone = next<HandoffCompleted>(target.socket, 'handoff:completed');
    const answer = await ok(target.socket, 'handoff:respond', { handoffId: ack.handoffId, accept: true });
    if (!answer.accepted) throw new Error('not accepted');
    expect(answer.consultation).toMatchObject({ id: consultationId, assignedStaffId: target.staff.id, status: 'active' });
    expect(answer.messages.map((m) => m.body)).toContain('仕事に行けなくなりました');
    expect(answer.messages.at(-1)).toMatchObject({ sender: 'system', visibility: 'staff', body: note });
    for (const done of [await senderDone, await targetDone]) expect(done).toMatchObject({ handoffId: ack.handoffId, to: { staffId: target.staff.id } });
    expect(await renamed).toMatchObject({ status: 'active' });
    expect((await told).body).toContain('佐藤');

    // The target is in the chat's room now; the sender is out of it.
    const fromVisitor = next<WireMessage>(target.socket, 'message:created', (m) => m.sender === 'visitor');
    await ok(visitor.socket, 'message:send', { clientMessageId: 'v1', body: 'よろしくお願いします' });
    expect((await fromVisitor).body).toBe('よろしくお願いします');
    await ok(target.socket, 'message:send', { consultationId, clientMessageId: 't1', body: '佐藤です。' });
    expect(await call(sender.socket, 'message:send', { consultationId, clientMessageId: 's1', body: 'まだ' }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await ok(visitor.socket, 'messages:sync', { afterSeq: 0 })).messages.map((m) => m.body)).not.toContain(note);
  });

  it('should tell the sender and leave the chat with them when the colleague declines', async () => {
    const { counselor: sender, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const target = await counselor(ctx.server, ctx.bag);
    const { handoffId } = await offerTo(sender, consultationId, target.staff.id);
    const declined = next<HandoffEnded>(sender.socket, 'handoff:declined');
    expect(await ok(target.socket, 'handoff:respond', { handoffId, accept: false })).toMatchObject({ handoffId, accepted: false });
    expect(await declined).toEqual({ handoffId, consultationId });
    await ok(sender.socket, 'message:send', { consultationId, clientMessageId: 'still-mine', body: 'お待たせしました' });
    expect(await call(target.socket, 'handoff:respond', { handoffId, accept: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('should expire an unanswered offer once, from the sweep after its time, and keep the chat with the sender', async () => {
    const { counselor: sender, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const target = await counselor(ctx.server, ctx.bag);
    const { handoffId, expiresAt } = await offerTo(sender, consultationId, target.staff.id);
    const sweep = (at: number) => ctx.server.hidamari.services.sweeper.sweepOnce(new Date(at));
    const seen = record<HandoffEnded>(sender.socket, 'handoff:expired');
    const expired = next<HandoffEnded>(sender.socket, 'handoff:expired');
    const gone = next<HandoffEnded>(target.socket, 'handoff:expired');

    expect(await sweep(Date.parse(expiresAt!) - 1000)).toMatchObject({ expiredOffers: 0 });
    expect(await sweep(Date.parse(expiresAt!))).toMatchObject({ expiredOffers: 1 });
    expect(await expired).toEqual({ handoffId, consultationId });
    expect(await gone).toEqual({ handoffId, consultationId });
    expect(await sweep(Date.parse(expiresAt!) + 1000)).toMatchObject({ expiredOffers: 0 });
    expect(await call(target.socket, 'handoff:respond', { handoffId, accept: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await ok(sender.socket, 'message:send', { consultationId, clientMessageId: 'kept', body: 'まだ私が担当です' });
    expect(seen).toHaveLength(1);
  });

  it('should refuse the accept with AT_CAPACITY when the colleague is full, and keep the offer open for them', async () => {
    const { counselor: sender, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const target = await counselor(ctx.server, ctx.bag, { maxConcurrent: 1 });
    const { handoffId } = await offerTo(sender, consultationId, target.staff.id);
    const other = await startVisitor(ctx.server, ctx.bag);
    await ok(target.socket, 'consultation:claim', { consultationId: other.started.consultationId });
    expect(await call(target.socket, 'handoff:respond', { handoffId, accept: true })).toMatchObject({ ok: false, error: { code: 'AT_CAPACITY' } });
    await ok(target.socket, 'consultation:close', { consultationId: other.started.consultationId });
    expect(await ok(target.socket, 'handoff:respond', { handoffId, accept: true })).toMatchObject({ accepted: true });
  });

  it('should allow one open offer per chat and refuse a colleague who is not on duty', async () => {
    const { counselor: sender, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const [a, b] = [await counselor(ctx.server, ctx.bag), await counselor(ctx.server, ctx.bag)];
    const off = await counselor(ctx.server, ctx.bag, { onDuty: false });
    expect(await call(sender.socket, 'consultation:transfer', { consultationId, to: { staffId: off.staff.id }, mode: 'warm' }))
      .toMatchObject({ ok: false, error: { code: 'NOT_ON_DUTY' } });
    await offerTo(sender, consultationId, a.staff.id);
    expect(await call(sender.socket, 'consultation:transfer', { consultationId, to: { staffId: b.staff.id }, mode: 'warm' }))
      .toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const { people } = await ok(sender.socket, 'handoff:candidates');
    expect(people.map((p) => p.staffId)).toEqual(expect.arrayContaining([a.staff.id, b.staff.id]));
    expect(people.map((p) => p.staffId)).not.toContain(off.staff.id);
    expect(people.map((p) => p.staffId)).not.toContain(sender.staff.id);
  });
});
