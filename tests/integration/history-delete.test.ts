import { ErrorCode } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/raw.js';
import { call, ok, visitorSocket } from '../support/clients.js';
import { claimedChat, counselor, startVisitor, staffSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('"delete my conversations" on a linked history (consultation:delete)', () => {
  const ctx = serverPerFile();
  const db = () => ctx.server.hidamari.database.db;

  async function twoLinked() {
    const first = await claimedChat(ctx.server, ctx.bag, { message: '一回目 HISTORY-DEL-1', topic: 'family' });
    await ok(first.counselor.socket, 'consultation:close', { consultationId: first.consultationId, outcome: 'listened' });
    const { returnKey } = await ok(first.visitor.socket, 'returnKey:keep', {});
    const back = await startVisitor(ctx.server, ctx.bag, { returnKey, message: '二回目 HISTORY-DEL-2' });
    const b = await counselor(ctx.server, ctx.bag);
    await ok(b.socket, 'consultation:claim', { consultationId: back.started.consultationId });
    return { first, back, b, returnKey, ids: [first.consultationId, back.started.consultationId] };
  }

  it('should refuse with CONFLICT and keep everything while another consultation of the history is open', async () => {
    const { first, b, ids } = await twoLinked();
    const res = await call(first.visitor.socket, 'consultation:delete', {});
    expect(res.ok ? null : res.error.code).toBe(ErrorCode.CONFLICT);
    expect((await staffSync(b.socket, ids[1]!)).map((m) => m.body)).toEqual(['二回目 HISTORY-DEL-2']);
    expect((await staffSync(first.counselor.socket, ids[0]!)).length).toBe(1);
  });

  it('should delete every consultation of the history and its key, keeping the statistics rows, once all have ended', async () => {
    const { back, b, returnKey, ids } = await twoLinked();
    await ok(b.socket, 'consultation:close', { consultationId: ids[1]!, outcome: 'referred' });

    await ok(back.socket, 'consultation:delete', {});

    const left = await rows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM messages WHERE consultation_id IN (${ids[0]}::uuid, ${ids[1]}::uuid)`);
    expect(left[0]!.n).toBe(0);
    const kept = await rows<Record<string, unknown>>(db(), sql`
      SELECT topic, outcome, last_seq, content_purged_at IS NOT NULL AS purged FROM consultations
       WHERE id IN (${ids[0]}::uuid, ${ids[1]}::uuid) ORDER BY created_at`);
    expect(kept).toEqual([
      { topic: 'family', outcome: 'listened', last_seq: 1, purged: true },
      { topic: 'daily-life', outcome: 'referred', last_seq: 1, purged: true },
    ]);
    const checker = ctx.bag.add(await visitorSocket(ctx.server));
    const check = await call(checker, 'returnKey:check', { returnKey });
    expect(check.ok ? null : check.error.code).toBe(ErrorCode.NOT_FOUND);
    const audit = await rows<{ data: unknown }>(db(), sql`
      SELECT data FROM audit_log WHERE action = 'consultation.visitor_delete' AND consultation_id = ${ids[1]}::uuid`);
    expect(audit).toEqual([{ data: { messages: 2, consultations: 2 } }]);
    expect(JSON.stringify(await rows(db(), sql`SELECT * FROM audit_log`))).not.toContain('HISTORY-DEL');
  });
});
