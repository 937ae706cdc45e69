import type { EscalationRaised } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, adminSession, next, ok, staffSocket, type StaffClient } from '../support/clients.js';
import { claimedChat, counselor, record } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const at = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000);

/**
 * An emergency nobody acknowledges is raised again after ESCALATION_REALERT_SECONDS (60 by default), once, to the
 * supervisors on duty and the admins too. The cluster-wide sweeper does it; the test drives it with explicit instants
 * (the grace period is long, so sweeping a minute ahead does not take the counselor's chats away).
 */
describe('re-alerting an unacknowledged emergency', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000', STAFF_GRACE_SECONDS: '86400' } });
  const sweep = (when: Date) => ctx.server.hidamari.services.sweeper.sweepOnce(when);
  const settle = (...sockets: StaffClient[]) => Promise.all(sockets.map((s) => ok(s, 'consultations:list')));

  it('should raise it again once, to supervisors and admins, when a sweep passes 60 seconds unacknowledged', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const supervisor = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });
    const admin = ctx.bag.add(await staffSocket(ctx.server, await adminSession(ctx.server)));
    const toSupervisor = record<EscalationRaised>(supervisor.socket, 'escalation:raised');
    const toAdmin = record<EscalationRaised>(admin, 'escalation:raised');
    const toRaiser = record<EscalationRaised>(c.socket, 'escalation:raised');
    const { escalation } = await ok(c.socket, 'consultation:escalate', { consultationId, level: 'emergency' });
    const mine = (seen: EscalationRaised[]) => seen.filter((r) => r.escalation.id === escalation.id);

    expect(await sweep(at(escalation.createdAt, 59))).toMatchObject({ realerted: 0 });
    const again = [next<EscalationRaised>(supervisor.socket, 'escalation:raised', (r) => r.realert === true),
      next<EscalationRaised>(admin, 'escalation:raised', (r) => r.realert === true)];
    expect(await sweep(at(escalation.createdAt, 60))).toMatchObject({ realerted: 1 });
    for (const r of await Promise.all(again)) expect(r.escalation).toMatchObject({ id: escalation.id, status: 'open', realertedAt: expect.any(String) });
    expect(await sweep(at(escalation.createdAt, 120))).toMatchObject({ realerted: 0 });

    await settle(supervisor.socket, admin, c.socket);
    expect(mine(toSupervisor).map((r) => r.realert ?? false)).toEqual([false, true]);
    expect(mine(toAdmin).map((r) => r.realert)).toEqual([true]);
    expect(toRaiser).toEqual([]);
    // Reached by the re-alert, the admin may now act on it.
    expect((await ok(admin, 'escalation:ack', { escalationId: escalation.id })).escalation.status).toBe('acknowledged');
  });

  it('should not raise again an emergency that was acknowledged in time', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const supervisor = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });
    const seen = record<EscalationRaised>(supervisor.socket, 'escalation:raised');
    const { escalation } = await ok(c.socket, 'consultation:escalate', { consultationId, level: 'emergency' });
    await ok(supervisor.socket, 'escalation:ack', { escalationId: escalation.id });

    expect(await sweep(at(escalation.createdAt, 120))).toMatchObject({ realerted: 0 });
    await settle(supervisor.socket);
    expect(seen.filter((r) => r.escalation.id === escalation.id).map((r) => r.realert ?? false)).toEqual([false]);
  });

  it('should not raise again an escalation below emergency however long it stays open', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const { escalation } = await ok(c.socket, 'consultation:escalate', { consultationId, level: 'urgent' });
    expect(await sweep(at(escalation.createdAt, 3600))).toMatchObject({ realerted: 0 });
  });
});
