/**
 * Visitors already waiting are told when the service closes or opens, without asking: the standing they are pushed
 * carries the hours of now, and a shift's start or end (found by the sweep) is news to each of them.
 */
import type { VisitorConsultationUpdate } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, createShift, createStaff, next } from '../support/clients.js';
import { eventually, reconnectVisitor, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';
import { testClock } from '../support/test-server.js';

const HOUR = 3_600_000;

describe('hours pushed to waiting visitors', () => {
  const clock = testClock();
  // Long enough that the waiting visitor is neither closed as inactive nor abandoned when the clock moves by hours.
  const ctx = serverPerFile({
    env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000', INACTIVITY_CLOSE_SECONDS: '172800', ABANDON_SECONDS: '172800', SESSION_IDLE_MINUTES: '720' },
    now: clock.now,
  });
  const sweep = () => ctx.server.hidamari.services.sweeper.sweepOnce(clock.now());

  it('should tell a waiting visitor the service has closed, and when it opens next, when the last shift ends', async () => {
    const t0 = Date.now();
    const { staff } = await createStaff(ctx.server);
    // Covers now; nobody is on duty (a counselor who never pressed "on duty"), so only the hours change.
    await createShift(ctx.server, staff.id, { startsAt: new Date(t0 - HOUR), endsAt: new Date(t0 + HOUR) });
    const reopens = new Date(t0 + 10 * HOUR);
    await createShift(ctx.server, staff.id, { startsAt: reopens, endsAt: new Date(t0 + 12 * HOUR) });
    const visitor = await startVisitor(ctx.server, ctx.bag);
    expect(visitor.started.service.open).toBe(true);
    await sweep();

    const closed = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.service?.open === false);
    clock.advanceTo(new Date(t0 + 2 * HOUR));
    await sweep();
    expect((await closed).service).toEqual({ open: false, nextOpening: reopens.toISOString(), closesAt: null });

    // A reconnect (a reload) is told the same, with the standing.
    const again = await reconnectVisitor(ctx.server, ctx.bag, visitor.started.token);
    const first = await eventually(() => again.updates.find((u) => u.service) ?? Promise.reject(new Error('no hours yet')));
    expect(first).toMatchObject({ status: 'queued', queue: { position: 1 }, service: { open: false, nextOpening: reopens.toISOString() } });

    const opened = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.service?.open === true);
    clock.advanceTo(new Date(t0 + 10 * HOUR + 60_000));
    await sweep();
    expect((await opened).service).toMatchObject({ open: true, nextOpening: null, closesAt: new Date(t0 + 12 * HOUR).toISOString() });
    clock.reset();
  });
});
