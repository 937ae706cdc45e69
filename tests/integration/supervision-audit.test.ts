import type { AuditEntry } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { adminSession, http, ok } from '../support/clients.js';
import { claimedChat, counselor, staffSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

/** Every read of a transcript by someone it is not assigned to is an audit-log row; reading one's own is not. */
describe('the audit of transcript reads', () => {
  const ctx = serverPerFile();

  async function reads(consultationId: string): Promise<AuditEntry[]> {
    const res = await http<{ entries: AuditEntry[] }>(ctx.server, 'GET', '/api/audit?limit=200', { cookie: await adminSession(ctx.server) });
    return res.body.entries.filter((e) => e.action === 'transcript.read' && e.consultationId === consultationId);
  }

  it('should record each read by a supervisor of a chat not theirs when they monitor, sync and take over', async () => {
    const { consultationId } = await claimedChat(ctx.server, ctx.bag, { message: 'はじめまして' });
    const sup = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });

    await ok(sup.socket, 'consultation:monitor', { consultationId });
    expect((await staffSync(sup.socket, consultationId)).map((m) => m.body)).toContain('はじめまして');
    await ok(sup.socket, 'consultation:takeover', { consultationId });

    const rows = await reads(consultationId);
    expect(rows.map((e) => [e.staffId, e.data.via]).reverse()).toEqual([
      [sup.staff.id, 'monitor'], [sup.staff.id, 'sync'], [sup.staff.id, 'takeover'],
    ]);
    // The log names the chat, never its words.
    expect(JSON.stringify(rows)).not.toContain('はじめまして');
  });

  it('should record nothing when staff read chats of their own', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: 'こんにちは' });
    await staffSync(c.socket, consultationId);
    const sup = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });
    await ok(sup.socket, 'consultation:takeover', { consultationId });
    const before = (await reads(consultationId)).length;
    // Theirs now: reading it again is reading one's own.
    await staffSync(sup.socket, consultationId);
    expect((await reads(consultationId)).map((e) => e.staffId)).not.toContain(c.staff.id);
    expect((await reads(consultationId)).length).toBe(before);
  });

  it('should keep supervisor_joined and takeover events in the consultation\'s trail when a supervisor monitors and takes over', async () => {
    const { consultationId } = await claimedChat(ctx.server, ctx.bag);
    const sup = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });
    await ok(sup.socket, 'consultation:monitor', { consultationId });
    await ok(sup.socket, 'consultation:takeover', { consultationId });
    const db = ctx.server.hidamari.database.db;
    const { rows } = (await db.execute(
      `SELECT type, actor_staff_id FROM consultation_events WHERE consultation_id = '${consultationId}' ORDER BY id`,
    )) as unknown as { rows: { type: string; actor_staff_id: string | null }[] };
    expect(rows.filter((r) => r.actor_staff_id === sup.staff.id).map((r) => r.type)).toEqual(['supervisor_joined', 'takeover']);
  });
});
