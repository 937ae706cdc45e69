import { ErrorCode } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/raw.js';
import { call, ok } from '../support/clients.js';
import { claimedChat, counselor, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('the earlier consultations of a linked chat, for the counselor who takes it', () => {
  const ctx = serverPerFile();
  const db = () => ctx.server.hidamari.database.db;

  /** A first chat with a reply and a staff-only note, closed with a key kept; then the visitor back with it, claimed by another counselor. */
  async function returned() {
    const first = await claimedChat(ctx.server, ctx.bag, { message: '前回の相談です', topic: 'work-school' });
    const a = first.counselor;
    await ok(a.socket, 'message:send', { consultationId: first.consultationId, clientMessageId: 'r-1', body: 'お話ししてくれてありがとう' });
    await ok(a.socket, 'message:send', { consultationId: first.consultationId, clientMessageId: 'n-1', body: '次回は仕事の話から', visibility: 'staff' });
    await ok(a.socket, 'consultation:close', { consultationId: first.consultationId, outcome: 'referred', tags: ['work'] });
    const { returnKey } = await ok(first.visitor.socket, 'returnKey:keep', {});
    const back = await startVisitor(ctx.server, ctx.bag, { returnKey, message: 'また来ました' });
    const b = await counselor(ctx.server, ctx.bag);
    await ok(b.socket, 'consultation:claim', { consultationId: back.started.consultationId });
    return { first, a, back, b, earlierId: first.consultationId, nowId: back.started.consultationId };
  }

  it('should list the earlier consultations with counselor, outcome and tags when the new counselor asks', async () => {
    const { a, b, earlierId, nowId } = await returned();
    const history = await ok(b.socket, 'consultation:history', { consultationId: nowId });
    expect(history.consultations).toEqual([
      expect.objectContaining({
        id: earlierId, topic: 'work-school', audience: 'self', outcome: 'referred', tags: ['work'], counselorName: a.staff.displayName, hasTranscript: true,
      }),
    ]);
    expect(history.consultations[0]!.closedAt).toEqual(expect.any(String));
    // The earlier counselor, asking about the earlier chat, sees the new one.
    expect((await ok(a.socket, 'consultation:history', { consultationId: earlierId })).consultations.map((c) => c.id)).toEqual([nowId]);
  });

  it('should give the new counselor the earlier transcript with its staff-only notes and audit the read via history', async () => {
    const { b, earlierId } = await returned();
    const page = await ok(b.socket, 'messages:sync', { consultationId: earlierId, afterSeq: 0 });
    expect(page.messages.map((m) => [m.body, m.visibility])).toEqual([
      ['前回の相談です', 'all'], ['お話ししてくれてありがとう', 'all'], ['次回は仕事の話から', 'staff'],
    ]);
    const audit = await rows<{ staff_id: string; data: { via: string } }>(db(), sql`
      SELECT staff_id, data FROM audit_log WHERE action = 'transcript.read' AND consultation_id = ${earlierId}::uuid`);
    expect(audit).toEqual([{ staff_id: b.staff.id, data: { via: 'history', afterSeq: 0 } }]);
  });

  it('should refuse with FORBIDDEN a counselor who holds no chat of the history', async () => {
    const { earlierId, nowId } = await returned();
    const c = await counselor(ctx.server, ctx.bag);
    const sync = await call(c.socket, 'messages:sync', { consultationId: earlierId, afterSeq: 0 });
    expect(sync.ok ? null : sync.error.code).toBe(ErrorCode.FORBIDDEN);
    const history = await call(c.socket, 'consultation:history', { consultationId: nowId });
    expect(history.ok ? null : history.error.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('should stop opening the earlier transcript once the new chat is closed', async () => {
    const { b, earlierId, nowId } = await returned();
    await ok(b.socket, 'consultation:close', { consultationId: nowId, outcome: 'listened' });
    const sync = await call(b.socket, 'messages:sync', { consultationId: earlierId, afterSeq: 0 });
    expect(sync.ok ? null : sync.error.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('should answer an empty history for a consultation that is linked to nothing', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag);
    expect(await ok(chat.counselor.socket, 'consultation:history', { consultationId: chat.consultationId })).toMatchObject({ consultations: [] });
  });
});
