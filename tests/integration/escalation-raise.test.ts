import type { EscalationRaised, EscalationUpdated } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminSession, call, next, ok, staffSocket, type StaffClient } from '../support/clients.js';
import { claimedChat, counselor, record } from '../support/flows.js';
import { serverPerFile, type ServerPerFile } from '../support/suite.js';

/** One round trip after the emits under test: anything still to arrive on `s` would have arrived before this ack. */
const settle = (...sockets: StaffClient[]) => Promise.all(sockets.map((s) => ok(s, 'consultations:list')));

async function adminSocket(ctx: ServerPerFile): Promise<StaffClient> {
  return ctx.bag.add(await staffSocket(ctx.server, await adminSession(ctx.server)));
}

describe('escalation with supervisors on duty', () => {
  const ctx = serverPerFile();

  it('should alert every on-duty supervisor and nobody else when a counselor escalates', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const [s1, s2] = [await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] }), await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] })];
    const offDuty = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'], onDuty: false });
    const colleague = await counselor(ctx.server, ctx.bag);
    const admin = await adminSocket(ctx);
    const unalerted = [offDuty.socket, colleague.socket, admin, c.socket].map((s) => record<EscalationRaised>(s, 'escalation:raised'));
    const alerted = [next<EscalationRaised>(s1.socket, 'escalation:raised'), next<EscalationRaised>(s2.socket, 'escalation:raised')];

    const ack = await ok(c.socket, 'consultation:escalate', { consultationId, level: 'urgent', note: '希死念慮の話が出ています' });
    expect(ack.notified).toBe('supervisors');
    expect(ack.escalation).toMatchObject({
      consultationId, level: 'urgent', status: 'open', note: '希死念慮の話が出ています', notified: 'supervisors',
      raisedBy: { staffId: c.staff.id, displayName: c.staff.displayName },
      consultation: { topic: 'daily-life', audience: 'self', riskLevel: 'none', counselorName: c.staff.displayName },
    });
    for (const raised of await Promise.all(alerted)) expect(raised).toEqual({ escalation: ack.escalation });
    await settle(offDuty.socket, colleague.socket, admin, c.socket);
    expect(unalerted.flat()).toEqual([]);
  });

  it('should refuse with FORBIDDEN when the caller does not hold the chat', async () => {
    const { consultationId } = await claimedChat(ctx.server, ctx.bag);
    const other = await counselor(ctx.server, ctx.bag);
    const res = await call(other.socket, 'consultation:escalate', { consultationId, level: 'emergency' });
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const rows = await ctx.server.hidamari.database.db.execute(sql`SELECT 1 FROM escalations WHERE consultation_id = ${consultationId}`);
    expect((rows as unknown as { rows: unknown[] }).rows).toHaveLength(0);
  });

  it('should refuse a second escalation at the same level with CONFLICT while the first is open, and let a higher one through', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    await ok(c.socket, 'consultation:escalate', { consultationId, level: 'urgent' });
    expect(await call(c.socket, 'consultation:escalate', { consultationId, level: 'consult' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await ok(c.socket, 'consultation:escalate', { consultationId, level: 'emergency' })).escalation.level).toBe('emergency');
  });

  it('should send each update to the raiser, the alerted supervisors and the actor, and refuse a counselor or an unalerted admin', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const [acting, other] = [await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] }), await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] })];
    const colleague = await counselor(ctx.server, ctx.bag);
    const admin = await adminSocket(ctx);
    const { escalation } = await ok(c.socket, 'consultation:escalate', { consultationId, level: 'consult' });
    const escalationId = escalation.id;

    expect(await call(colleague.socket, 'escalation:ack', { escalationId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(c.socket, 'escalation:resolve', { escalationId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(admin, 'escalation:ack', { escalationId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const updates = [c.socket, acting.socket, other.socket].map((s) => next<EscalationUpdated>(s, 'escalation:updated', (u) => u.escalation.id === escalationId));
    const acked = await ok(acting.socket, 'escalation:ack', { escalationId, note: '今行きます' });
    expect(acked.escalation).toMatchObject({
      status: 'acknowledged', acknowledgedBy: { staffId: acting.staff.id, displayName: acting.staff.displayName }, acknowledgementNote: '今行きます',
    });
    for (const u of await Promise.all(updates)) expect(u).toEqual({ escalation: acked.escalation });
    expect(await call(other.socket, 'escalation:ack', { escalationId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await ok(other.socket, 'escalations:list')).escalations.map((e) => e.id)).toContain(escalationId);

    const resolvedSeen = next<EscalationUpdated>(c.socket, 'escalation:updated', (u) => u.escalation.status === 'resolved');
    const resolved = await ok(other.socket, 'escalation:resolve', { escalationId, note: '保健師に連絡済み' });
    expect(resolved.escalation).toMatchObject({ status: 'resolved', resolvedBy: { staffId: other.staff.id }, resolutionNote: '保健師に連絡済み' });
    expect((await resolvedSeen).escalation.status).toBe('resolved');
    expect((await ok(other.socket, 'escalations:list')).escalations.map((e) => e.id)).not.toContain(escalationId);

    // The chat's own trail: raised, acknowledged, resolved, each with its actor.
    const trail = await ctx.server.hidamari.database.db.execute(sql`
      SELECT type, actor_staff_id AS actor FROM consultation_events WHERE data->>'escalationId' = ${escalationId} ORDER BY id`);
    expect((trail as unknown as { rows: unknown[] }).rows).toEqual([
      { type: 'escalated', actor: c.staff.id }, { type: 'escalation_acknowledged', actor: acting.staff.id }, { type: 'escalation_resolved', actor: other.staff.id },
    ]);
  });
});

describe('escalation with no supervisor on duty', () => {
  const ctx = serverPerFile();

  it('should alert the admins, tell the counselor so, and let an alerted admin acknowledge', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    await counselor(ctx.server, ctx.bag, { roles: ['supervisor'], onDuty: false });
    const admin = await adminSocket(ctx);
    const alerted = next<EscalationRaised>(admin, 'escalation:raised');

    const ack = await ok(c.socket, 'consultation:escalate', { consultationId, level: 'emergency', note: '今から死ぬと言っています' });
    expect(ack.notified).toBe('admins');
    expect((await alerted).escalation).toMatchObject({ id: ack.escalation.id, notified: 'admins', level: 'emergency' });
    expect((await ok(admin, 'escalations:list')).escalations.map((e) => e.id)).toEqual([ack.escalation.id]);

    const told = next<EscalationUpdated>(c.socket, 'escalation:updated');
    await ok(admin, 'escalation:ack', { escalationId: ack.escalation.id });
    expect((await told).escalation.status).toBe('acknowledged');
  });
});
