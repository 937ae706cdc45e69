import { SHIFT_REMINDER_MINUTES, type ShiftEnded, type ShiftEnding } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, createShift, next, ok } from '../support/clients.js';
import { counselor, record, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const MIN = 60_000;
const from = (ms: number) => new Date(Date.now() + ms);

/**
 * Reminders and ends come from the cluster-wide sweeper, driven here by hand with an explicit instant. The shifts end
 * minutes from now, so the instants swept stay inside the counselors' grace period and session limits.
 */
describe('the end of a shift', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000', STAFF_GRACE_SECONDS: '86400' } });
  const sweep = (at: Date) => ctx.server.hidamari.services.sweeper.sweepOnce(at);

  it('should remind the counselor once, exactly from ten minutes before the end, however often the sweep runs', async () => {
    const endsAt = from(SHIFT_REMINDER_MINUTES * MIN + 30_000);
    const c = await counselor(ctx.server, ctx.bag, { shift: { startsAt: from(-60 * MIN), endsAt } });
    const reminders = record<ShiftEnding>(c.socket, 'shift:ending');
    const remindAt = new Date(endsAt.getTime() - SHIFT_REMINDER_MINUTES * MIN);

    expect(await sweep(new Date(remindAt.getTime() - 1000))).toMatchObject({ reminded: 0 });
    const first = next<ShiftEnding>(c.socket, 'shift:ending');
    expect(await sweep(remindAt)).toMatchObject({ reminded: 1 });
    expect(await first).toEqual({ shiftId: c.shiftId, endsAt: endsAt.toISOString() });
    expect(await sweep(new Date(remindAt.getTime() + 1000))).toMatchObject({ reminded: 0 });
    // A round trip after the last sweep: any second emit would have arrived before this ack.
    await ok(c.socket, 'consultations:list');
    expect(reminders).toHaveLength(1);
    await ok(c.socket, 'duty:set', { onDuty: false });
  });

  it('should not remind someone who is off duty', async () => {
    const endsAt = from(5 * MIN);
    const c = await counselor(ctx.server, ctx.bag, { onDuty: false, shift: { startsAt: from(-60 * MIN), endsAt } });
    const reminders = record<ShiftEnding>(c.socket, 'shift:ending');
    expect(await sweep(new Date())).toMatchObject({ reminded: 0 });
    await ok(c.socket, 'consultations:list');
    expect(reminders).toEqual([]);
  });

  it('should tell the counselor their shift ended, with their open chats, once, when the sweep passes its end', async () => {
    const endsAt = from(2 * MIN);
    const c = await counselor(ctx.server, ctx.bag, { shift: { startsAt: from(-60 * MIN), endsAt } });
    const [a, b] = [await startVisitor(ctx.server, ctx.bag), await startVisitor(ctx.server, ctx.bag)];
    await ok(c.socket, 'consultation:claim', { consultationId: a.started.consultationId });
    await ok(c.socket, 'consultation:claim', { consultationId: b.started.consultationId });
    const ends = record<ShiftEnded>(c.socket, 'shift:ended');

    expect(await sweep(new Date(endsAt.getTime() - 1))).toMatchObject({ ended: 0 });
    const told = next<ShiftEnded>(c.socket, 'shift:ended');
    expect(await sweep(endsAt)).toMatchObject({ ended: 1 });
    const ended = await told;
    expect(ended.shiftId).toBe(c.shiftId);
    expect([...ended.openConsultationIds].sort()).toEqual([a.started.consultationId, b.started.consultationId].sort());
    expect(await sweep(new Date(endsAt.getTime() + 1000))).toMatchObject({ ended: 0 });
    await ok(c.socket, 'consultations:list');
    expect(ends).toHaveLength(1);
  });

  it('should say nothing at the end of a shift when the next shift of the same person follows on', async () => {
    const endsAt = from(3 * MIN);
    const c = await counselor(ctx.server, ctx.bag, { shift: { startsAt: from(-60 * MIN), endsAt } });
    await createShift(ctx.server, c.staff.id, { startsAt: endsAt, endsAt: new Date(endsAt.getTime() + 60 * MIN) });
    const [ending, ended] = [record<ShiftEnding>(c.socket, 'shift:ending'), record<ShiftEnded>(c.socket, 'shift:ended')];
    expect(await sweep(new Date(endsAt.getTime() - MIN))).toMatchObject({ reminded: 0 });
    expect(await sweep(endsAt)).toMatchObject({ ended: 0 });
    await ok(c.socket, 'consultations:list');
    expect([...ending, ...ended]).toEqual([]);
  });
});
