import type { QueueItem, VisitorConsultationUpdate } from '@hidamari/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_ENV, call, createShift, next, ok, visitorSocket } from '../support/clients.js';
import { counselor, eventually, reconnectVisitor, record, startVisitor, type Counselor, type StartedVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';
import { testClock } from '../support/test-server.js';

const OFFER_S = 180;
const HOUR = 3600_000;

/**
 * A returning visitor asks for the counselor they had: offered to them first while on duty, then to everyone; kept
 * for them until their next shift when they are off, as the visitor chooses. Time moves by the server's clock and
 * explicit sweeps, never by sleeping.
 */
describe('the counselor a returning visitor asks for', () => {
  const clock = testClock();
  const ctx = serverPerFile({
    env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000', STAFF_GRACE_SECONDS: '86400', SESSION_IDLE_MINUTES: '720' },
    now: clock.now,
  });
  afterEach(() => clock.reset());

  /** A's chat with a visitor, closed, and the return key the visitor kept. */
  async function keyFromChatWith(a: Counselor): Promise<string> {
    const first = await startVisitor(ctx.server, ctx.bag, { message: 'はじめまして' });
    const consultationId = first.started.consultationId;
    await ok(a.socket, 'consultation:claim', { consultationId });
    await ok(a.socket, 'consultation:close', { consultationId });
    const { returnKey } = await ok(first.socket, 'returnKey:keep', {});
    first.socket.disconnect();
    return returnKey;
  }

  async function itemOf(c: Counselor, consultationId: string): Promise<QueueItem | undefined> {
    return (await ok(c.socket, 'queue:list')).items.find((i) => i.consultationId === consultationId);
  }

  async function returnsAskingFor(returnKey: string): Promise<StartedVisitor> {
    return startVisitor(ctx.server, ctx.bag, { returnKey, preferCounselor: true, message: 'また来ました' });
  }

  it('should offer the chat to the asked-for counselor first: another counselor is refused, they may take it', async () => {
    const a = await counselor(ctx.server, ctx.bag, { displayName: '佐藤' });
    const returnKey = await keyFromChatWith(a);
    const b = await counselor(ctx.server, ctx.bag);
    const back = await returnsAskingFor(returnKey);
    const id = back.started.consultationId;

    expect(back.started.linked).toMatchObject({ previousCount: 1, counselorName: '佐藤' });
    expect(back.started.linked).not.toHaveProperty('counselorNextShiftAt');
    const item = await itemOf(b, id);
    expect(item?.preferred).toMatchObject({ staffId: a.staff.id, name: '佐藤', mode: 'first' });
    const until = Date.parse(item!.preferred!.until);
    expect(until - Date.now()).toBeGreaterThan((OFFER_S - 30) * 1000);
    expect(until - Date.now()).toBeLessThanOrEqual(OFFER_S * 1000);

    expect(await call(b.socket, 'consultation:claim', { consultationId: id })).toMatchObject({ ok: false, error: { code: 'RESERVED_FOR_COUNSELOR' } });
    const taken = await ok(a.socket, 'consultation:claim', { consultationId: id });
    expect(taken.consultation).toMatchObject({ status: 'active', assignedStaffId: a.staff.id });
    expect(taken.consultation.preferred).toBeUndefined();
    const { events } = await ok(a.socket, 'consultation:timeline', { consultationId: id });
    expect(events.find((e) => e.type === 'preferred_offered')?.data).toMatchObject({ preferredStaffId: a.staff.id, preferredStaffName: '佐藤', mode: 'first' });
  });

  it('should give the chat to everyone once the offer time has passed, and tell the visitor', async () => {
    const a = await counselor(ctx.server, ctx.bag);
    const returnKey = await keyFromChatWith(a);
    const b = await counselor(ctx.server, ctx.bag);
    const back = await returnsAskingFor(returnKey);
    const id = back.started.consultationId;
    const told = next<VisitorConsultationUpdate>(back.socket, 'consultation:updated', (u) => u.preferred === null);

    const start = Date.now();
    expect(await ctx.server.hidamari.services.sweeper.sweepOnce(new Date(start + (OFFER_S - 5) * 1000))).not.toBeNull();
    expect((await itemOf(b, id))?.preferred).toBeDefined();
    clock.advanceTo(new Date(start + (OFFER_S + 1) * 1000));
    await ctx.server.hidamari.services.sweeper.sweepOnce(clock.now());
    expect(await told).toMatchObject({ consultationId: id, status: 'queued', preferred: null, queue: { position: expect.any(Number) } });
    expect((await itemOf(b, id))?.preferred).toBeUndefined();

    expect((await ok(b.socket, 'consultation:claim', { consultationId: id })).consultation.assignedStaffId).toBe(b.staff.id);
    const { events } = await ok(b.socket, 'consultation:timeline', { consultationId: id });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['preferred_offered', 'preference_expired', 'claimed']));
  });

  it('should keep the chat for an off-duty counselor until their next shift, through the night, until the visitor chooses anyone', async () => {
    const a = await counselor(ctx.server, ctx.bag, { displayName: '鈴木' });
    const returnKey = await keyFromChatWith(a);
    const tomorrow = { startsAt: new Date(Date.now() + 24 * HOUR), endsAt: new Date(Date.now() + 28 * HOUR) };
    await createShift(ctx.server, a.staff.id, tomorrow);
    await ok(a.socket, 'duty:set', { onDuty: false });
    const socket = ctx.bag.add(await visitorSocket(ctx.server));
    const updates = record<VisitorConsultationUpdate>(socket, 'consultation:updated');
    const back = { socket, started: await ok(socket, 'consultation:start', { audience: 'self', topic: 'other', returnKey, preferCounselor: true }) };
    const id = back.started.consultationId;

    expect(back.started.linked).toMatchObject({ previousCount: 1, counselorName: '鈴木', counselorNextShiftAt: tomorrow.startsAt.toISOString() });
    expect(back.started.queue.estimatedWaitSeconds).toBeGreaterThan(23 * 3600);
    // The queue broadcast gives the same estimate: their counselor's shift, not their place.
    await ctx.server.hidamari.realtime.flushQueue();
    await eventually(() => expect(updates.find((u) => u.queue)?.queue?.estimatedWaitSeconds).toBeGreaterThan(23 * 3600));
    const b = await counselor(ctx.server, ctx.bag);
    expect((await itemOf(b, id))?.preferred).toEqual({
      staffId: a.staff.id, name: '鈴木', mode: 'wait', until: tomorrow.endsAt.toISOString(), nextShiftAt: tomorrow.startsAt.toISOString(),
    });
    expect(await call(b.socket, 'consultation:claim', { consultationId: id })).toMatchObject({ ok: false, error: { code: 'RESERVED_FOR_COUNSELOR' } });

    // Leaving a message, then waiting again: the reservation stays; the estimate is the time until that shift.
    const messageTold = next<VisitorConsultationUpdate>(back.socket, 'consultation:updated', (u) => u.preferred?.mode === 'message');
    const asMessage = await ok(back.socket, 'consultation:prefer', { choice: 'message' });
    expect((await messageTold).preferred).toMatchObject({ counselorName: '鈴木', nextShiftAt: tomorrow.startsAt.toISOString() });
    expect(asMessage.queue.estimatedWaitSeconds).toBeGreaterThan(23 * 3600);
    expect((await ok(back.socket, 'consultation:prefer', { choice: 'wait' })).queue.estimatedWaitSeconds).toBeGreaterThan(23 * 3600);

    // A device reconnecting with the token is told the same.
    const again = await reconnectVisitor(ctx.server, ctx.bag, back.started.token);
    await eventually(() => expect(again.updates[0]?.preferred).toMatchObject({ mode: 'wait', until: tomorrow.endsAt.toISOString() }));

    // Overnight: long past the inactivity limit, the chat still waits for them.
    const night = new Date(Date.now() + 10 * HOUR);
    await ctx.server.hidamari.services.sweeper.sweepOnce(night);
    expect((await ctx.server.hidamari.services.consultations.byId(id))?.status).toBe('queued');

    const c = await counselor(ctx.server, ctx.bag);
    expect((await itemOf(c, id))?.preferred).toMatchObject({ mode: 'wait' });
    const anyone = next<VisitorConsultationUpdate>(back.socket, 'consultation:updated', (u) => u.preferred === null);
    await ok(back.socket, 'consultation:prefer', { choice: 'anyone' });
    await anyone;
    expect((await itemOf(c, id))?.preferred).toBeUndefined();
    expect((await ok(c.socket, 'consultation:claim', { consultationId: id })).consultation.assignedStaffId).toBe(c.staff.id);
    expect(await call(back.socket, 'consultation:prefer', { choice: 'wait' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('should reserve nothing and say so with null when the counselor has no shift planned', async () => {
    const a = await counselor(ctx.server, ctx.bag);
    const returnKey = await keyFromChatWith(a);
    await ok(a.socket, 'duty:set', { onDuty: false });
    const back = await returnsAskingFor(returnKey);
    const id = back.started.consultationId;

    expect(back.started.linked).toMatchObject({ previousCount: 1, counselorNextShiftAt: null });
    const b = await counselor(ctx.server, ctx.bag);
    expect((await itemOf(b, id))?.preferred).toBeUndefined();
    expect(await call(back.socket, 'consultation:prefer', { choice: 'wait' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await ok(back.socket, 'consultation:prefer', { choice: 'anyone' })).toMatchObject({ queue: { position: expect.any(Number) } });
    await ok(b.socket, 'consultation:claim', { consultationId: id });
  });

  it('should never hold a visitor at high risk for one counselor, nor block a supervisor\'s takeover', async () => {
    const a = await counselor(ctx.server, ctx.bag);
    const returnKey = await keyFromChatWith(a);
    const b = await counselor(ctx.server, ctx.bag);
    const back = await startVisitor(ctx.server, ctx.bag, { returnKey, preferCounselor: true, message: 'もう死にたいです' });
    const id = back.started.consultationId;
    expect((await itemOf(b, id))).toMatchObject({ riskLevel: 'high', preferred: { staffId: a.staff.id } });
    await ok(b.socket, 'consultation:claim', { consultationId: id });

    const calm = await returnsAskingFor(await keyFromChatWith(a));
    await ok(a.socket, 'consultation:claim', { consultationId: calm.started.consultationId });
    const supervisor = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });
    const taken = await ok(supervisor.socket, 'consultation:takeover', { consultationId: calm.started.consultationId });
    expect(taken.consultation.assignedStaffId).toBe(supervisor.staff.id);
  });

  it('should link without reserving when the visitor does not ask for the same counselor', async () => {
    const a = await counselor(ctx.server, ctx.bag);
    const returnKey = await keyFromChatWith(a);
    const back = await startVisitor(ctx.server, ctx.bag, { returnKey });
    expect(back.started.linked).not.toHaveProperty('counselorNextShiftAt');
    const b = await counselor(ctx.server, ctx.bag);
    expect((await itemOf(b, back.started.consultationId))?.preferred).toBeUndefined();
    await ok(b.socket, 'consultation:claim', { consultationId: back.started.consultationId });
  });
});
