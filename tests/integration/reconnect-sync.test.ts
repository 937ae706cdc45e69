import type { WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { call, next, ok, visitorSocket } from '../support/clients.js';
import { claimedChat, reconnectVisitor, record, refusedHandshake, staffSync, visitorSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('reconnecting and syncing', () => {
  const ctx = serverPerFile();

  it('should restore the chat state and replay exactly the missed messages when a visitor reconnects with its token', async () => {
    const { visitor, counselor, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: '聞いてほしいことがあります' });
    const seen = await ok(visitor.socket, 'message:send', { clientMessageId: 'v-1', body: '今日は少し話せそうです' });
    visitor.socket.disconnect();

    const missed = [];
    for (const body of ['ありがとうございます', 'ゆっくりで大丈夫です', 'いつでも待っています']) {
      missed.push((await ok(counselor.socket, 'message:send', { consultationId, clientMessageId: body, body })).message);
    }

    const back = await reconnectVisitor(ctx.server, ctx.bag, visitor.started.token);
    await expect.poll(() => back.updates, { timeout: 2000 }).toHaveLength(1);
    expect(back.updates[0]).toEqual({ consultationId, status: 'active', counselorName: counselor.staff.displayName });

    const replay = await visitorSync(back.socket, seen.message.seq);
    expect(replay).toEqual(missed);
    expect(replay.map((m) => m.seq)).toEqual([3, 4, 5]);
  });

  it('should keep staff-only notes from the visitor, live and in sync, while the counselor’s sync has them', async () => {
    const { visitor, counselor, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: 'こんばんは' });
    const live = record<WireMessage>(visitor.socket, 'message:created');

    const note = await ok(counselor.socket, 'message:send', {
      consultationId, clientMessageId: 'note-1', body: '内部メモ: 家族関係に不安', visibility: 'staff',
    });
    expect(note.message.visibility).toBe('staff');
    const replyArrives = next<WireMessage>(visitor.socket, 'message:created', (m) => m.clientMessageId === 'reply-1');
    await ok(counselor.socket, 'message:send', { consultationId, clientMessageId: 'reply-1', body: 'お話ありがとうございます' });
    await replyArrives; // sent after the note on the same connection, so a leaked note would have arrived first

    expect(live.map((m) => m.body)).toEqual(['お話ありがとうございます']);
    expect((await visitorSync(visitor.socket)).map((m) => m.body)).toEqual(['こんばんは', 'お話ありがとうございます']);
    const back = await reconnectVisitor(ctx.server, ctx.bag, visitor.started.token);
    expect((await visitorSync(back.socket)).some((m) => m.visibility === 'staff')).toBe(false);

    expect((await staffSync(counselor.socket, consultationId)).map((m) => [m.seq, m.visibility])).toEqual([
      [1, 'all'],
      [2, 'staff'],
      [3, 'all'],
    ]);
  });

  it('should open the consultation on another device and retire the old token when the visitor resumes with the code', async () => {
    const { visitor, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: '別の端末から続けたい' });
    const oldToken = visitor.started.token;

    const phone = ctx.bag.add(await visitorSocket(ctx.server));
    const resumed = await ok(phone, 'consultation:resume', { resumeCode: visitor.started.resumeCode });
    expect(resumed.consultationId).toBe(consultationId);
    expect(resumed.token).not.toBe(oldToken);
    // The device still connected with the old token is dropped, so it can neither read nor send any more.
    await expect.poll(() => visitor.socket.connected, { timeout: 3000 }).toBe(false);
    expect((await visitorSync(phone)).map((m) => m.body)).toEqual(['別の端末から続けたい']);

    const refused = await refusedHandshake(ctx.server, '/visitor', { auth: { token: oldToken } });
    expect(refused.message).toBe('UNAUTHENTICATED');
    const withNew = await reconnectVisitor(ctx.server, ctx.bag, resumed.token);
    expect((await visitorSync(withNew.socket)).map((m) => m.body)).toEqual(['別の端末から続けたい']);

    // Typed by hand: lower case, no hyphens.
    const laptop = ctx.bag.add(await visitorSocket(ctx.server));
    const typed = visitor.started.resumeCode.toLowerCase().replace(/-/g, '');
    const again = await ok(laptop, 'consultation:resume', { resumeCode: typed });
    expect(again.consultationId).toBe(consultationId);
    expect((await refusedHandshake(ctx.server, '/visitor', { auth: { token: resumed.token } })).message).toBe('UNAUTHENTICATED');
    await reconnectVisitor(ctx.server, ctx.bag, again.token);
  });

  it('should answer NOT_FOUND and bind nothing when the resume code is unknown', async () => {
    const stranger = ctx.bag.add(await visitorSocket(ctx.server));
    expect(await call(stranger, 'consultation:resume', { resumeCode: 'ZZZZ-ZZZZ-ZZZZ' })).toMatchObject({
      ok: false, error: { code: 'NOT_FOUND' },
    });
    expect(await call(stranger, 'messages:sync', { afterSeq: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } });
  });
});
