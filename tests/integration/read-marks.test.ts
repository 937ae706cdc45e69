/** The counselor's read mark: only the assignee moves it, only upward; the visitor is told live and on every sync. */
import type { MessagesReadMark } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { call, next, ok } from '../support/clients.js';
import { claimedChat, counselor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('read marks', () => {
  const ctx = serverPerFile();

  it('should tell the visitor how far the counselor has read, live and in messages:sync, and never lower it', async () => {
    const { visitor, counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    for (const body of ['ひとつめ', 'ふたつめ', 'みっつめ']) {
      await ok(visitor.socket, 'message:send', { clientMessageId: body, body });
    }
    expect((await ok(visitor.socket, 'messages:sync', { afterSeq: 0 })).readUpToSeq).toBe(0);

    const told = next<MessagesReadMark>(visitor.socket, 'messages:read');
    expect(await ok(c.socket, 'messages:read', { consultationId, upToSeq: 2 })).toMatchObject({ upToSeq: 2 });
    expect(await told).toEqual({ consultationId, upToSeq: 2 });

    // An older mark from another tab changes nothing; one past the last message stops at it.
    expect(await ok(c.socket, 'messages:read', { consultationId, upToSeq: 1 })).toMatchObject({ upToSeq: 2 });
    expect(await ok(c.socket, 'messages:read', { consultationId, upToSeq: 99 })).toMatchObject({ upToSeq: 3 });
    const sync = await ok(visitor.socket, 'messages:sync', { afterSeq: 0 });
    expect(sync.readUpToSeq).toBe(3);
    expect(sync.messages).toHaveLength(3);
  });

  it('should refuse a read mark from anyone but the assignee, a monitoring supervisor included', async () => {
    const { visitor, consultationId } = await claimedChat(ctx.server, ctx.bag);
    await ok(visitor.socket, 'message:send', { clientMessageId: 'm1', body: 'こんにちは' });
    const supervisor = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });
    await ok(supervisor.socket, 'consultation:monitor', { consultationId });
    const other = await counselor(ctx.server, ctx.bag);

    let toldVisitor = false;
    visitor.socket.on('messages:read', () => (toldVisitor = true));
    for (const s of [supervisor.socket, other.socket]) {
      const res = await call(s, 'messages:read', { consultationId, upToSeq: 1 });
      expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect((await ok(visitor.socket, 'messages:sync', { afterSeq: 0 })).readUpToSeq).toBe(0);
    expect(toldVisitor).toBe(false);
  });

  it('should refuse a malformed mark naming the field', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const res = await call(c.socket, 'messages:read', { consultationId, upToSeq: -1 });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'upToSeq' } });
  });
});
