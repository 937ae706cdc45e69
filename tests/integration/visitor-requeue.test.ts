/**
 * A chat that had a counselor goes back to the queue: the visitor is told why at once (`requeueReason`), and keeps a
 * place ahead of visitors who have not been answered yet, as they are told.
 */
import type { VisitorConsultationUpdate } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, adminSession, http, next, ok } from '../support/clients.js';
import { counselor, startVisitor } from '../support/flows.js';
import { staffGoneFromServer } from '../support/presence.js';
import { serverPerFile } from '../support/suite.js';

describe('a visitor whose counselor is gone', () => {
  // No background sweep: the drop is swept by hand.
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000' } });

  /** One waiting visitor who arrived first, and a later one whose chat a counselor took. */
  async function takenAfterAnother() {
    const earlier = await startVisitor(ctx.server, ctx.bag);
    const visitor = await startVisitor(ctx.server, ctx.bag);
    const c = await counselor(ctx.server, ctx.bag);
    const consultationId = visitor.started.consultationId;
    await ok(c.socket, 'consultation:claim', { consultationId });
    return { earlier, visitor, c, consultationId };
  }

  it('should say the connection dropped and keep the place ahead of an earlier arrival when the counselor stays gone', async () => {
    const { earlier, visitor, c, consultationId } = await takenAfterAnother();
    const told = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.requeueReason !== undefined);
    c.socket.disconnect();
    await staffGoneFromServer(ctx.server, c.staff.id);
    await ctx.server.hidamari.services.sweeper.sweepOnce(new Date(Date.now() + 120_000));
    // Why, the place and the hours in one update.
    expect(await told).toMatchObject({ consultationId, status: 'queued', requeueReason: 'counselor_disconnected', queue: { position: 1 }, service: { open: true } });
    const other = await ctx.server.hidamari.services.queue.standingOf(earlier.started.consultationId);
    expect(other?.position).toBe(2);
    await ok(visitor.socket, 'consultation:leave', {});
    await ok(earlier.socket, 'consultation:leave', {});
  });

  it('should say the counselor is handing over when they hand the chat back at the end of a shift', async () => {
    const { earlier, visitor, c, consultationId } = await takenAfterAnother();
    const told = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.requeueReason !== undefined);
    await ok(c.socket, 'consultation:handover', { consultationId });
    expect(await told).toMatchObject({ status: 'queued', requeueReason: 'handed_over' });
    expect((await ctx.server.hidamari.services.queue.standingOf(consultationId))?.position).toBe(1);
    await ok(visitor.socket, 'consultation:leave', {});
    await ok(earlier.socket, 'consultation:leave', {});
  });

  it('should say the counselor has left when they may no longer counsel', async () => {
    const { visitor, c } = await takenAfterAnother();
    const told = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.requeueReason !== undefined);
    const res = await http(ctx.server, 'PATCH', `/api/staff/${c.staff.id}`, { cookie: await adminSession(ctx.server), body: { roles: ['admin'] } });
    expect(res.status).toBe(200);
    expect(await told).toMatchObject({ status: 'queued', requeueReason: 'counselor_left' });
  });
});
