import { ErrorCode } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/raw.js';
import { call, ok, visitorSocket } from '../support/clients.js';
import { claimedChat, counselor, startVisitor, type ClaimedChat } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('returning visitors linking a new consultation with their return key', () => {
  const ctx = serverPerFile();
  const db = () => ctx.server.hidamari.database.db;
  const historyOf = async (id: string) =>
    (await rows<{ history_id: string | null }>(db(), sql`SELECT history_id FROM consultations WHERE id = ${id}::uuid`))[0]?.history_id;

  /** A chat a counselor took and closed, and the key its visitor kept. */
  async function closedWithKey(): Promise<ClaimedChat & { returnKey: string }> {
    const chat = await claimedChat(ctx.server, ctx.bag, { message: 'はじめまして' });
    await ok(chat.counselor.socket, 'consultation:close', { consultationId: chat.consultationId, outcome: 'listened', tags: ['sleep'] });
    const { returnKey } = await ok(chat.visitor.socket, 'returnKey:keep', {});
    return { ...chat, returnKey };
  }

  it('should link to the same history and name the earlier counselor when the visitor gives their key', async () => {
    const first = await closedWithKey();
    expect(first.returnKey).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);

    const back = await startVisitor(ctx.server, ctx.bag, { returnKey: first.returnKey.toLowerCase().replace(/-/g, ' ') });
    expect(back.started.linked).toEqual({ previousCount: 1, counselorName: first.counselor.staff.displayName });
    const historyId = await historyOf(first.consultationId);
    expect(historyId).toBeTruthy();
    expect(await historyOf(back.started.consultationId)).toBe(historyId);

    const other = await counselor(ctx.server, ctx.bag);
    const queue = await ok(other.socket, 'queue:list', {});
    expect(queue.items.find((i) => i.consultationId === back.started.consultationId)?.historyCount).toBe(1);
    const claimed = await ok(other.socket, 'consultation:claim', { consultationId: back.started.consultationId });
    expect(claimed.consultation.historyCount).toBe(1);
  });

  it('should count only its own history on each queue item when several returning visitors wait', async () => {
    const [a, b] = [await closedWithKey(), await closedWithKey()];
    const backA = await startVisitor(ctx.server, ctx.bag, { returnKey: a.returnKey });
    const backB = await startVisitor(ctx.server, ctx.bag, { returnKey: b.returnKey });
    const other = await counselor(ctx.server, ctx.bag);
    const items = (await ok(other.socket, 'queue:list', {})).items;
    for (const back of [backA, backB]) {
      expect(items.find((i) => i.consultationId === back.started.consultationId)?.historyCount).toBe(1);
    }
  });

  it('should link nothing when no key is given, even for a visitor who kept one', async () => {
    await closedWithKey();
    const fresh = await startVisitor(ctx.server, ctx.bag, { topic: 'other' });
    expect(fresh.started.linked).toBeUndefined();
    expect(await historyOf(fresh.started.consultationId)).toBeNull();
    const other = await counselor(ctx.server, ctx.bag);
    const item = (await ok(other.socket, 'queue:list', {})).items.find((i) => i.consultationId === fresh.started.consultationId);
    expect(item).toBeDefined();
    expect(item!.historyCount).toBeUndefined();
    expect((await ok(other.socket, 'consultation:claim', { consultationId: fresh.started.consultationId })).consultation.historyCount).toBeUndefined();
  });

  it('should refuse an unknown key with NOT_FOUND on returnKey and create nothing', async () => {
    const count = async () => (await rows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM consultations`))[0]!.n;
    const before = await count();
    const socket = ctx.bag.add(await visitorSocket(ctx.server));
    const res = await call(socket, 'consultation:start', { audience: 'self', topic: 'other', message: 'もう一度', returnKey: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' });
    expect(res.ok ? null : res.error).toMatchObject({ code: ErrorCode.NOT_FOUND, field: 'returnKey' });
    expect(await count()).toBe(before);
  });

  it('should refuse the older key once a new one is kept, and any key once forgotten', async () => {
    const first = await closedWithKey();
    const { returnKey: second } = await ok(first.visitor.socket, 'returnKey:keep', {});
    expect(second).not.toBe(first.returnKey);
    const checker = ctx.bag.add(await visitorSocket(ctx.server));
    const old = await call(checker, 'returnKey:check', { returnKey: first.returnKey });
    expect(old.ok ? null : old.error.code).toBe(ErrorCode.NOT_FOUND);
    expect((await ok(checker, 'returnKey:check', { returnKey: second })).previousCount).toBe(1);

    await ok(first.visitor.socket, 'returnKey:forget', {});
    const gone = await call(checker, 'returnKey:check', { returnKey: second });
    expect(gone.ok ? null : gone.error.code).toBe(ErrorCode.NOT_FOUND);
    const audit = await rows<{ action: string; staff_id: string | null; data: unknown }>(db(), sql`
      SELECT action, staff_id, data FROM audit_log WHERE consultation_id = ${first.consultationId}::uuid AND action LIKE 'return_key.%' ORDER BY id`);
    expect(audit).toEqual([
      { action: 'return_key.keep', staff_id: null, data: {} },
      { action: 'return_key.keep', staff_id: null, data: {} },
      { action: 'return_key.forget', staff_id: null, data: {} },
    ]);
    expect(JSON.stringify(await rows(db(), sql`SELECT * FROM audit_log`))).not.toContain(second);
  });

  it('should refuse keeping a key with CONFLICT while the consultation is open', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag);
    const res = await call(chat.visitor.socket, 'returnKey:keep', {});
    expect(res.ok ? null : res.error.code).toBe(ErrorCode.CONFLICT);
  });

  it('should store the family intake and show only the given answers to the counselor', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag, { audience: 'family', topic: 'family', family: { relationship: 'parent', hopes: ['talk', 'exhaustion'] } });
    const mine = await ok(chat.counselor.socket, 'consultations:list', {});
    expect(mine.consultations.find((c) => c.id === chat.consultationId)?.family).toEqual({ relationship: 'parent', hopes: ['talk', 'exhaustion'] });
    const [row] = await rows<Record<string, unknown>>(db(), sql`
      SELECT family_relationship, family_age_band, family_duration, family_hopes FROM consultations WHERE id = ${chat.consultationId}::uuid`);
    expect(row).toEqual({ family_relationship: 'parent', family_age_band: null, family_duration: null, family_hopes: ['talk', 'exhaustion'] });
  });
});
