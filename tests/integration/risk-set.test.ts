import type { AuditEntry, RiskFlagged, StaffConsultationUpdate } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { adminSession, call, callRaw, http, next, ok } from '../support/clients.js';
import { claimedChat, counselor, eventually } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

/** `risk:set` (a person changes the level, with a reason, audited) and the admin-edited phrase list. */
describe('changing a risk level and the phrase list', () => {
  const ctx = serverPerFile();

  async function flaggedHigh() {
    const chat = await claimedChat(ctx.server, ctx.bag);
    const alert = next<RiskFlagged>(chat.counselor.socket, 'risk:flagged');
    await ok(chat.visitor.socket, 'message:send', { clientMessageId: 'h', body: '死にたい' });
    await alert;
    return chat;
  }

  it('should lower the level with a reason, tell the counselor\'s screens and audit it without the reason when the counselor sets none', async () => {
    const { counselor: c, consultationId } = await flaggedHigh();
    const updated = next<StaffConsultationUpdate>(c.socket, 'consultation:updated', (u) => u.consultation.riskLevel === 'none');
    const reason = '冗談だったと本人と確認しました';

    const ack = await ok(c.socket, 'risk:set', { consultationId, level: 'none', reason });
    expect(ack.consultation).toMatchObject({ id: consultationId, riskLevel: 'none' });
    expect((await updated).consultationId).toBe(consultationId);

    const audit = await http<{ entries: AuditEntry[] }>(ctx.server, 'GET', '/api/audit', { cookie: await adminSession(ctx.server) });
    const entry = audit.body.entries.find((e) => e.action === 'risk.changed' && e.consultationId === consultationId);
    expect(entry).toMatchObject({ staffId: c.staff.id, data: { from: 'high', to: 'none' } });
    // The admin reads the audit log but no conversation content: the reason stays with the consultation.
    expect(JSON.stringify(entry)).not.toContain(reason);
  });

  it('should refuse INVALID_PAYLOAD when the reason is missing or blank', async () => {
    const { counselor: c, consultationId } = await flaggedHigh();
    expect(await callRaw(c.socket, 'risk:set', { consultationId, level: 'none' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'reason' } });
    expect(await call(c.socket, 'risk:set', { consultationId, level: 'none', reason: '   ' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect((await ok(c.socket, 'risk:get', { consultationId })).riskLevel).toBe('high');
  });

  it('should let a supervisor change it and refuse FORBIDDEN when another counselor tries', async () => {
    const { consultationId } = await flaggedHigh();
    const other = await counselor(ctx.server, ctx.bag);
    expect(await call(other.socket, 'risk:set', { consultationId, level: 'none', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const supervisor = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });
    expect((await ok(supervisor.socket, 'risk:set', { consultationId, level: 'elevated', reason: '面談で確認' })).consultation.riskLevel).toBe('elevated');
  });

  it('should raise it again when the visitor writes a listed phrase after a person lowered it', async () => {
    const { visitor, counselor: c, consultationId } = await flaggedHigh();
    await ok(c.socket, 'risk:set', { consultationId, level: 'none', reason: '確認済み' });
    const again = next<RiskFlagged>(c.socket, 'risk:flagged');
    await ok(visitor.socket, 'message:send', { clientMessageId: 'again', body: 'やっぱり消えたい' });
    expect(await again).toEqual({ consultationId, level: 'elevated', matched: ['消えたい'] });
  });

  it('should match an admin\'s new phrase on the very next message when the list is edited', async () => {
    const { visitor, counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    // This process has scored with the default list already (earlier tests, and this message): it holds it compiled.
    await ok(visitor.socket, 'message:send', { clientMessageId: 'before', body: '窓の外を見ていた' });
    const cookie = await adminSession(ctx.server);
    const saved = await http(ctx.server, 'PUT', '/api/settings', {
      cookie, body: { riskPhrases: [{ phrase: '見ていられない', level: 'elevated' }, { phrase: '死にたい', level: 'high' }] },
    });
    expect(saved.status).toBe(200);
    const alert = next<RiskFlagged>(c.socket, 'risk:flagged');
    await ok(visitor.socket, 'message:send', { clientMessageId: 'after', body: '見て、いられない…' });
    expect(await alert).toEqual({ consultationId, level: 'elevated', matched: ['見ていられない'] });
    await eventually(async () => expect((await ok(c.socket, 'risk:get', { consultationId })).riskLevel).toBe('elevated'));
  });

  it('should refuse a phrase list entry without a letter or digit with INVALID_PAYLOAD', async () => {
    const res = await http<{ error: { code: string } }>(ctx.server, 'PUT', '/api/settings', {
      cookie: await adminSession(ctx.server), body: { riskPhrases: [{ phrase: '！！', level: 'high' }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_PAYLOAD');
  });
});
