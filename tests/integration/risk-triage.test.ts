import type { RiskFlagged, StaffConsultationUpdate } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { next, ok } from '../support/clients.js';
import { claimedChat, counselor, eventually, record, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

/** Risk triage: a visitor's words raise the level, move the chat up the queue and alert its counselor and supervisors on duty. */
describe('risk triage of visitor messages', () => {
  const ctx = serverPerFile();

  it('should raise a waiting chat to high, put it ahead of earlier arrivals and alert only on-duty supervisors when the visitor writes しにたい', async () => {
    const onDuty = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });
    const offDuty = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'], onDuty: false });
    const missed = record<RiskFlagged>(offDuty.socket, 'risk:flagged');
    const earlier = await startVisitor(ctx.server, ctx.bag, { message: '相談したいことがあります' });
    const later = await startVisitor(ctx.server, ctx.bag);
    const id = later.started.consultationId;
    const alert = next<RiskFlagged>(onDuty.socket, 'risk:flagged', (f) => f.consultationId === id);

    await ok(later.socket, 'message:send', { clientMessageId: 'm1', body: 'もう、しにたい' });

    expect(await alert).toEqual({ consultationId: id, level: 'high', matched: ['しにたい'] });
    const order = await eventually(async () => {
      const { items } = await ok(onDuty.socket, 'queue:list');
      expect(items.find((i) => i.consultationId === id)?.riskLevel).toBe('high');
      return items.map((i) => i.consultationId);
    });
    expect(order.indexOf(id)).toBeLessThan(order.indexOf(earlier.started.consultationId));
    // One emit reached every recipient at once; a round trip on the off-duty socket shows nothing was on its way to it.
    await ok(offDuty.socket, 'queue:list');
    expect(missed).toEqual([]);
    await ok(later.socket, 'consultation:leave');
    await ok(earlier.socket, 'consultation:leave');
  });

  it('should tell the counselor and keep the level high when a later message holds only a milder phrase', async () => {
    const { visitor, counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const flags = record<RiskFlagged>(c.socket, 'risk:flagged');
    const updated = next<StaffConsultationUpdate>(c.socket, 'consultation:updated', (u) => u.consultation.riskLevel === 'high');
    const alert = next<RiskFlagged>(c.socket, 'risk:flagged');

    await ok(visitor.socket, 'message:send', { clientMessageId: 'a', body: 'ｼﾆﾀｲ' });
    expect(await alert).toEqual({ consultationId, level: 'high', matched: ['しにたい'] });
    expect((await updated).consultation.id).toBe(consultationId);

    await ok(visitor.socket, 'message:send', { clientMessageId: 'b', body: '消えたい' });
    // The milder phrase is scored after its ack; the next send's ack comes after that scoring began, so wait on the data.
    await eventually(async () => {
      const details = await ok(c.socket, 'risk:get', { consultationId });
      expect(details.riskLevel).toBe('high');
      expect(details.matched).toEqual(['しにたい']);
    });
    await ok(c.socket, 'queue:list');
    expect(flags).toHaveLength(1);
  });

  it('should score the intake\'s first message so the chat waits at its level from the start', async () => {
    const supervisor = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });
    const alerts = record<RiskFlagged>(supervisor.socket, 'risk:flagged');
    const v = await startVisitor(ctx.server, ctx.bag, { message: 'リスカがやめられなくて、きえたい' });
    const id = v.started.consultationId;

    const { items } = await ok(supervisor.socket, 'queue:list');
    expect(items.find((i) => i.consultationId === id)?.riskLevel).toBe('elevated');
    await eventually(() => expect(alerts.find((a) => a.consultationId === id)).toEqual({ consultationId: id, level: 'elevated', matched: ['リスカ', 'きえたい'] }));
    expect(await ok(supervisor.socket, 'risk:get', { consultationId: id })).toEqual({ ok: true, riskLevel: 'elevated', matched: ['リスカ', 'きえたい'] });
    await ok(v.socket, 'consultation:leave');
  });
});
