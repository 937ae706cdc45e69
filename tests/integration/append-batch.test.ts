import { AppError } from '@hidamari/shared';
import { describe, expect, it, vi } from 'vitest';
import { createAppendBatcher } from '../../server/src/message/append-batcher.js';
import { messageRepository, type AppendInput, type MessageRow } from '../../server/src/message/message.repository.js';
import { ok } from '../support/clients.js';
import { claimedChat, counselor, range, startVisitor, visitorSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const visitorMsg = (consultationId: string, clientMessageId: string, body: string): AppendInput => ({
  consultationId, sender: 'visitor', senderStaffId: null, senderName: null, body, visibility: 'all', clientMessageId, requireAssignee: null,
});
const staffMsg = (consultationId: string, staffId: string, clientMessageId: string, body: string): AppendInput => ({
  consultationId, sender: 'staff', senderStaffId: staffId, senderName: 'S', body, visibility: 'all', clientMessageId, requireAssignee: staffId,
});

describe('group-committed message appends', () => {
  const ctx = serverPerFile();
  const db = () => ctx.server.hidamari.database.db;

  it('should apply every append rule to each message of one statement and number the accepted ones gap-free', async () => {
    const a = await claimedChat(ctx.server, ctx.bag);
    const closed = await startVisitor(ctx.server, ctx.bag);
    await ok(closed.socket, 'consultation:leave');
    const queued = await startVisitor(ctx.server, ctx.bag);
    const other = await counselor(ctx.server, ctx.bag);
    await ok(a.visitor.socket, 'message:send', { clientMessageId: 'stored', body: 'すでに保存' });
    const tricky = 'He said "hi" \\ {x,y} \'q\' 😀\n改行\tタブ';

    const rows = await messageRepository.appendMany(db(), [
      visitorMsg(a.consultationId, 'a1', tricky),
      visitorMsg(queued.started.consultationId, 'q1', 'まっています'),
      staffMsg(a.consultationId, a.counselor.staff.id, 'x1', 'こんにちは'),
      visitorMsg(closed.started.consultationId, 'c1', '閉じた相談'),
      visitorMsg(a.consultationId, 'stored', 'もう一度'),
      staffMsg(a.consultationId, other.staff.id, 'y1', '担当ではない'),
      visitorMsg(a.consultationId, 'a2', 'つづき'),
    ]);
    expect(rows.map((r) => r && [r.consultationId, r.seq])).toEqual([
      [a.consultationId, 2], [queued.started.consultationId, 1], [a.consultationId, 3], null, null, null, [a.consultationId, 4],
    ]);
    const seen = await visitorSync(a.visitor.socket);
    expect(seen.map((m) => [m.seq, m.body])).toEqual([[1, 'すでに保存'], [2, tricky], [3, 'こんにちは'], [4, 'つづき']]);
    // The first visitor message becomes the queue preview, as a single append does.
    const list = await ok(other.socket, 'queue:list');
    expect(list.items.find((i) => i.consultationId === queued.started.consultationId)?.preview).toBe('まっています');
  });

  it('should write what arrives while the slots are busy in one statement, in arrival order, and fall back one by one on a repeated clientMessageId', async () => {
    const chats = await Promise.all(Array.from({ length: 4 }, () => claimedChat(ctx.server, ctx.bag)));
    const many = vi.spyOn(messageRepository, 'appendMany');
    try {
      const writer = createAppendBatcher(db(), { slots: 1 });
      const inputs = Array.from({ length: 80 }, (_, i) => visitorMsg(chats[i % 4]!.consultationId, `m${i}`, `本文 ${i}`));
      const rows = await Promise.all(inputs.map((m) => writer.append(m)));
      expect(rows.every(Boolean)).toBe(true);
      expect(many.mock.calls.length).toBeGreaterThan(0);
      expect(many.mock.calls.length).toBeLessThan(40);
      for (const [k, chat] of chats.entries()) {
        const seen = await visitorSync(chat.visitor.socket);
        expect(seen.map((m) => m.body)).toEqual(inputs.filter((_, i) => i % 4 === k).map((m) => m.body));
        expect(seen.map((m) => m.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      }

      // The same clientMessageId twice in one batch breaks the statement's unique index: each is then written alone.
      const c = chats[0]!.consultationId;
      const [first, again, twice] = await Promise.all([
        writer.append(visitorMsg(c, 'solo', 'ひとつめ')),
        writer.append(visitorMsg(c, 'same', 'おなじ')),
        writer.append(visitorMsg(c, 'same', 'おなじ')),
      ]);
      expect([first?.seq, again?.seq, twice]).toEqual([21, 22, null]);
      expect((await visitorSync(chats[0]!.visitor.socket, 20)).map((m) => m.body)).toEqual(['ひとつめ', 'おなじ']);
    } finally {
      many.mockRestore();
    }
  });

  it('should never write two messages of one consultation at once when several slots are free', async () => {
    const chats = await Promise.all(Array.from({ length: 3 }, () => claimedChat(ctx.server, ctx.bag)));
    // Pass-through spies: count the writes of each consultation in flight at once.
    const writing = new Map<string, number>();
    let overlapped = 0;
    const track = async <T>(ids: string[], write: () => Promise<T>): Promise<T> => {
      for (const id of new Set(ids)) if ((writing.get(id) ?? 0) > 0) overlapped++;
      for (const id of new Set(ids)) writing.set(id, (writing.get(id) ?? 0) + 1);
      try {
        return await write();
      } finally {
        for (const id of new Set(ids)) writing.set(id, writing.get(id)! - 1);
      }
    };
    const { append, appendMany } = messageRepository;
    const one = vi.spyOn(messageRepository, 'append').mockImplementation((d, m) => track([m.consultationId], () => append(d, m)));
    const many = vi.spyOn(messageRepository, 'appendMany')
      .mockImplementation((d, ms) => track(ms.map((m) => m.consultationId), () => appendMany(d, ms)));
    try {
      const writer = createAppendBatcher(db(), { slots: 4, batchMax: 5 });
      const inputs = range(0, 59).map((i) => visitorMsg(chats[i % 3]!.consultationId, `f${i}`, `順番 ${i}`));
      expect((await Promise.all(inputs.map((m) => writer.append(m)))).every(Boolean)).toBe(true);
      expect(overlapped).toBe(0);
      for (const [k, chat] of chats.entries()) {
        expect((await visitorSync(chat.visitor.socket)).map((m) => m.body)).toEqual(inputs.filter((_, i) => i % 3 === k).map((m) => m.body));
      }
    } finally {
      one.mockRestore();
      many.mockRestore();
    }
  });

  it('should log the error code and write one by one when a batched write fails', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag);
    const warned: unknown[] = [];
    const writer = createAppendBatcher(db(), { slots: 1, log: { warn: (obj: unknown) => void warned.push(obj) } as never });
    const broken = { ...visitorMsg(chat.consultationId, 'bad', 'x'), consultationId: 'not-a-uuid' };
    const results = await Promise.allSettled([
      writer.append(visitorMsg(chat.consultationId, 'b0', 'ひとつめ')),
      writer.append(visitorMsg(chat.consultationId, 'b1', 'ふたつめ')),
      writer.append(broken),
      writer.append(visitorMsg(chat.consultationId, 'b2', 'みっつめ')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(warned).toEqual([{ code: '22P02', messages: 3 }]);
    expect((await visitorSync(chat.visitor.socket)).map((m) => m.body)).toEqual(['ひとつめ', 'ふたつめ', 'みっつめ']);
  });

  it('should refuse with BUSY beyond the bound, hold nothing more, and store a refused message once when it is sent again', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag);
    const writer = createAppendBatcher(db(), { slots: 1, queueMax: 5 });
    const inputs = range(1, 20).map((i) => visitorMsg(chat.consultationId, `q${i}`, `混雑 ${i}`));
    const burst = inputs.map((m) => writer.append(m).then((row): MessageRow | string | null => row, (err: AppError) => err.code));
    expect(writer.held()).toBe(5);
    const first = await Promise.all(burst);
    expect(first.filter((r) => r === 'BUSY')).toHaveLength(15);
    expect(writer.held()).toBe(0);

    // The client re-sends every message with its clientMessageId (one at a time, within the bound): none is stored twice.
    const again: (MessageRow | null)[] = [];
    for (const m of inputs) again.push(await writer.append(m));
    expect(again.filter(Boolean)).toHaveLength(15);
    const seen = await visitorSync(chat.visitor.socket);
    expect(seen.map((m) => m.seq)).toEqual(range(1, 20));
    expect(new Set(seen.map((m) => m.clientMessageId)).size).toBe(20);
  });
});
