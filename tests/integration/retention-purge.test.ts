import { ErrorCode, NAMESPACES } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/raw.js';
import { ADMIN_ENV, call, ok, visitorSocket } from '../support/clients.js';
import { claimedChat, refusedHandshake, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const DAY = 86_400_000;
const SECRET = '誰にも言えなかったこと PURGE-SECRET-5772';
const NOTE = '上司に共有 PURGE-NOTE-6931';

describe('the retention purge (RETENTION_DAYS)', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, RETENTION_DAYS: '30', SWEEP_INTERVAL_MS: '3600000' } });
  const db = () => ctx.server.hidamari.database.db;
  const purge = (at: Date) => ctx.server.hidamari.services.retention.purgeOnce(at);

  it('should delete a closed consultation\'s content after the window and keep its anonymous statistics', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag, { message: SECRET, topic: 'mind-health', audience: 'family', nickname: 'PURGE-NICK' });
    const id = chat.consultationId;
    const c = chat.counselor.socket;
    await ok(c, 'message:send', { consultationId: id, clientMessageId: 's-1', body: 'お返事です', visibility: 'all' });
    await ok(c, 'message:send', { consultationId: id, clientMessageId: 's-2', body: NOTE, visibility: 'staff' });
    await ok(c, 'risk:set', { consultationId: id, level: 'elevated', reason: NOTE });
    await ok(c, 'consultation:escalate', { consultationId: id, level: 'consult', note: NOTE });
    await ok(c, 'consultation:close', { consultationId: id, outcome: 'listened' });
    const open = await startVisitor(ctx.server, ctx.bag, { message: 'まだ続いている相談' });

    // Inside the window: nothing goes.
    expect((await purge(new Date(Date.now() + 29 * DAY))).consultations).toBe(0);
    expect((await rows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM messages WHERE consultation_id = ${id}::uuid`))[0]!.n).toBe(3);

    const counts = await purge(new Date(Date.now() + 31 * DAY));
    expect(counts).toMatchObject({ consultations: 1, messages: 3 });
    expect(counts.notes).toBeGreaterThanOrEqual(1);

    const [left] = await rows<Record<string, unknown>>(db(), sql`
      SELECT status, audience, topic, outcome, risk_level, last_seq, preview, nickname, visitor_token_hash, resume_code_hash,
             content_purged_at IS NOT NULL AS purged, closed_at IS NOT NULL AS has_closed_at,
             (SELECT count(*)::int FROM messages m WHERE m.consultation_id = c.id) AS messages,
             (SELECT count(*)::int FROM escalations e WHERE e.consultation_id = c.id AND (e.note IS NOT NULL OR e.resolution_note IS NOT NULL)) AS notes,
             (SELECT count(*)::int FROM consultation_events e WHERE e.consultation_id = c.id AND (e.data ? 'note' OR (e.type = 'risk_changed' AND e.data ? 'reason'))) AS event_texts,
             (SELECT count(*)::int FROM consultation_events e WHERE e.consultation_id = c.id) AS events
        FROM consultations c WHERE id = ${id}::uuid`);
    expect(left).toMatchObject({
      status: 'closed', audience: 'family', topic: 'mind-health', outcome: 'listened', risk_level: 'elevated', last_seq: 3,
      preview: null, nickname: null, visitor_token_hash: null, resume_code_hash: null, purged: true, has_closed_at: true,
      messages: 0, notes: 0, event_texts: 0,
    });
    expect(left!.events).toBeGreaterThan(3); // the trail of what happened (without its free text) stays for reports

    // The token and the resume code no longer open it.
    const refused = await refusedHandshake(ctx.server, NAMESPACES.visitor, { auth: { token: chat.visitor.started.token } });
    expect(refused.message).toMatch(/UNAUTHENTICATED|unknown token/);
    const other = ctx.bag.add(await visitorSocket(ctx.server));
    const resumed = await call(other, 'consultation:resume', { resumeCode: chat.visitor.started.resumeCode });
    expect(resumed.ok).toBe(false);

    // The still-open consultation is untouched; a second round finds nothing more.
    const [openRow] = await rows<{ preview: string | null; purged: boolean }>(db(), sql`
      SELECT preview, content_purged_at IS NOT NULL AS purged FROM consultations WHERE id = ${open.started.consultationId}::uuid`);
    expect(openRow).toMatchObject({ purged: false });
    expect(openRow!.preview).toMatch(/^hm1:/);
    expect((await purge(new Date(Date.now() + 31 * DAY))).consultations).toBe(0);
  });

  it('should write one audit row per purge with counts and no content', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag, { message: SECRET });
    await ok(chat.counselor.socket, 'consultation:close', { consultationId: chat.consultationId, outcome: 'listened' });
    await purge(new Date(Date.now() + 31 * DAY));
    const audit = await rows<{ action: string; staff_id: string | null; data: Record<string, unknown> }>(db(), sql`
      SELECT action, staff_id, data FROM audit_log WHERE action = 'retention.purge' ORDER BY id DESC LIMIT 1`);
    expect(audit[0]).toMatchObject({ action: 'retention.purge', staff_id: null, data: { consultations: 1, messages: 1, retentionDays: 30 } });
    expect(JSON.stringify(audit)).not.toContain('PURGE-SECRET');
    const res = await call(ctx.bag.add(await visitorSocket(ctx.server)), 'messages:sync', { afterSeq: 0 });
    expect(res.ok ? null : res.error.code).toBe(ErrorCode.NOT_BOUND);
  });
});
