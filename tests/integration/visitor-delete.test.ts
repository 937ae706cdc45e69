import { ErrorCode, NAMESPACES } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/raw.js';
import { ADMIN_ENV, call, ok, visitorSocket } from '../support/clients.js';
import { claimedChat, refusedHandshake, staffSync, visitorSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const SECRET = '消したい会話 DELETE-ME-4242';

describe('a visitor deleting their conversation (consultation:delete)', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000' } });
  const db = () => ctx.server.hidamari.database.db;

  it('should refuse with CONFLICT and keep everything when the consultation is still open', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag, { message: SECRET });
    const res = await call(chat.visitor.socket, 'consultation:delete', {});
    expect(res.ok ? null : res.error.code).toBe(ErrorCode.CONFLICT);
    expect((await visitorSync(chat.visitor.socket)).map((m) => m.body)).toEqual([SECRET]);
  });

  it('should refuse with NOT_BOUND when the socket has no consultation', async () => {
    const res = await call(ctx.bag.add(await visitorSocket(ctx.server)), 'consultation:delete', {});
    expect(res.ok ? null : res.error.code).toBe(ErrorCode.NOT_BOUND);
  });

  it('should purge the content at once, end the token and resume code, and audit it without content when closed', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag, { message: SECRET, topic: 'family' });
    const id = chat.consultationId;
    await ok(chat.counselor.socket, 'message:send', { consultationId: id, clientMessageId: 's-1', body: 'お返事 DELETE-ME-REPLY' });
    await ok(chat.counselor.socket, 'message:send', { consultationId: id, clientMessageId: 's-2', body: 'メモ DELETE-ME-NOTE', visibility: 'staff' });
    await ok(chat.counselor.socket, 'consultation:close', { consultationId: id, outcome: 'listened' });

    await ok(chat.visitor.socket, 'consultation:delete', {});

    expect(await visitorSync(chat.visitor.socket)).toEqual([]);
    expect(await staffSync(chat.counselor.socket, id)).toEqual([]);
    const [row] = await rows<Record<string, unknown>>(db(), sql`
      SELECT topic, outcome, last_seq, preview, visitor_token_hash, resume_code_hash, content_purged_at IS NOT NULL AS purged
        FROM consultations WHERE id = ${id}::uuid`);
    expect(row).toEqual({
      topic: 'family', outcome: 'listened', last_seq: 3, preview: null, visitor_token_hash: null, resume_code_hash: null, purged: true,
    });
    const refused = await refusedHandshake(ctx.server, NAMESPACES.visitor, { auth: { token: chat.visitor.started.token } });
    expect(refused.message).toMatch(/UNAUTHENTICATED|unknown token/);
    const resumed = await call(ctx.bag.add(await visitorSocket(ctx.server)), 'consultation:resume', { resumeCode: chat.visitor.started.resumeCode });
    expect(resumed.ok).toBe(false);

    const audit = await rows<{ action: string; staff_id: string | null; consultation_id: string; data: unknown }>(db(), sql`
      SELECT action, staff_id, consultation_id, data FROM audit_log WHERE consultation_id = ${id}::uuid AND action = 'consultation.visitor_delete'`);
    expect(audit).toEqual([{ action: 'consultation.visitor_delete', staff_id: null, consultation_id: id, data: { messages: 3 } }]);
    const all = JSON.stringify(await rows(db(), sql`SELECT * FROM audit_log`));
    expect(all).not.toContain('DELETE-ME');
  });
});
