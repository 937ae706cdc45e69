import type { QueueSnapshot } from '@hidamari/shared';
import { describe, expect, it, vi } from 'vitest';
import { createAppendBatcher } from '../../server/src/message/append-batcher.js';
import { messageRepository, type AppendInput } from '../../server/src/message/message.repository.js';
import { ok } from '../support/clients.js';
import { claimedChat, counselor, startVisitor, visitorSync } from '../support/flows.js';
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
    const list = await ok<QueueSnapshot>(other.socket, 'queue:list');
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
});
