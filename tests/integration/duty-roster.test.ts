import { DUTY_EARLY_MINUTES } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, call, ok } from '../support/clients.js';
import { counselor, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';
import { testClock } from '../support/test-server.js';

const MIN = 60_000;
const from = (ms: number) => new Date(Date.now() + ms);

/** The roster decides who may go on duty and who takes chats; the server's clock is moved, never slept on. */
describe('duty follows the roster', () => {
  const clock = testClock();
  // The background sweep stays out of the way (an hour apart): only the clock moves here.
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000' }, now: clock.now });

  it('should refuse duty with NOT_ON_SHIFT when no shift of the caller covers now, and allow going off duty', async () => {
    const none = await counselor(ctx.server, ctx.bag, { shift: false, onDuty: false });
    expect(await call(none.socket, 'duty:set', { onDuty: true })).toMatchObject({ ok: false, error: { code: 'NOT_ON_SHIFT' } });
    expect(await ok(none.socket, 'duty:set', { onDuty: false })).toEqual({ ok: true, onDuty: false });

    const tooEarly = await counselor(ctx.server, ctx.bag, { onDuty: false, shift: { startsAt: from((DUTY_EARLY_MINUTES + 2) * MIN), endsAt: from(5 * 60 * MIN) } });
    expect(await call(tooEarly.socket, 'duty:set', { onDuty: true })).toMatchObject({ ok: false, error: { code: 'NOT_ON_SHIFT' } });

    const over = await counselor(ctx.server, ctx.bag, { onDuty: false, shift: { startsAt: from(-5 * 60 * MIN), endsAt: from(-MIN) } });
    expect(await call(over.socket, 'duty:set', { onDuty: true })).toMatchObject({ ok: false, error: { code: 'NOT_ON_SHIFT' } });
  });

  it('should allow duty from 15 minutes before the shift starts when the caller has one', async () => {
    const early = await counselor(ctx.server, ctx.bag, { onDuty: false, shift: { startsAt: from((DUTY_EARLY_MINUTES - 2) * MIN), endsAt: from(5 * 60 * MIN) } });
    expect(await ok(early.socket, 'duty:set', { onDuty: true })).toEqual({ ok: true, onDuty: true });
    const sup = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'], onDuty: false });
    expect(await ok(sup.socket, 'duty:set', { onDuty: true })).toEqual({ ok: true, onDuty: true });
    await ok(early.socket, 'duty:set', { onDuty: false });
    await ok(sup.socket, 'duty:set', { onDuty: false });
  });

  it('should refuse a claim with SHIFT_ENDED when the claimant is still on duty after their shift ended', async () => {
    const endsAt = from(60 * MIN);
    const c = await counselor(ctx.server, ctx.bag, { shift: { startsAt: from(-60 * MIN), endsAt } });
    const v = await startVisitor(ctx.server, ctx.bag, { message: '遅くにすみません' });
    try {
      clock.advanceTo(new Date(endsAt.getTime() - 1000));
      const last = await startVisitor(ctx.server, ctx.bag);
      await ok(c.socket, 'consultation:claim', { consultationId: last.started.consultationId });

      clock.advanceTo(endsAt);
      expect(await call(c.socket, 'consultation:claim', { consultationId: v.started.consultationId })).toMatchObject({
        ok: false, error: { code: 'SHIFT_ENDED' },
      });
      expect((await ok(c.socket, 'queue:list')).items.map((i) => i.consultationId)).toContain(v.started.consultationId);
      // Going off duty still works after the end; going on again does not.
      await ok(c.socket, 'duty:set', { onDuty: false });
      expect(await call(c.socket, 'duty:set', { onDuty: true })).toMatchObject({ ok: false, error: { code: 'NOT_ON_SHIFT' } });
    } finally {
      clock.reset();
      await ok(v.socket, 'consultation:leave');
    }
  });
});

describe('capacity follows the roster', () => {
  const clock = testClock();
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000' }, now: clock.now });

  it('should give no estimate when the only counselor on duty has no shift covering now any more', async () => {
    const endsAt = from(30 * MIN);
    await counselor(ctx.server, ctx.bag, { shift: { startsAt: from(-60 * MIN), endsAt } });
    const during = await startVisitor(ctx.server, ctx.bag);
    expect(during.started.queue.estimatedWaitSeconds).toEqual(expect.any(Number));
    try {
      // Past the end the counselor is still marked on duty, but no shift covers now and none is planned.
      clock.advanceTo(new Date(endsAt.getTime() + MIN));
      const after = await startVisitor(ctx.server, ctx.bag);
      expect(after.started.queue).toEqual({ position: 2, estimatedWaitSeconds: null });
    } finally {
      clock.reset();
    }
  });
});
