import type { Ack, WireMessage } from '@hidamari/shared';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { messageRepository } from '../../server/src/message/message.repository.js';
import { ADMIN_ENV, call, next, ok } from '../support/clients.js';
import { claimedChat, range, record, staffSync, visitorSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

type Sent = { message: WireMessage };

describe('sending messages', () => {
  const ctx = serverPerFile();

  it('should store one message and answer with the same id and seq when the same clientMessageId is sent twice', async () => {
    const { visitor, counselor, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const first = await ok(visitor.socket, 'message:send', { clientMessageId: 'again-1', body: 'はじめまして' });
    const second = await ok(visitor.socket, 'message:send', { clientMessageId: 'again-1', body: 'はじめまして' });
    expect(second.message).toEqual(first.message);

    const staffFirst = await ok(counselor.socket, 'message:send', { consultationId, clientMessageId: 'again-1', body: 'ようこそ' });
    const staffSecond = await ok(counselor.socket, 'message:send', { consultationId, clientMessageId: 'again-1', body: 'ようこそ' });
    expect(staffSecond.message).toEqual(staffFirst.message);
    // The same clientMessageId from the other side is a different message.
    expect(staffFirst.message.id).not.toBe(first.message.id);

    expect((await visitorSync(visitor.socket)).map((m) => [m.seq, m.sender, m.clientMessageId])).toEqual([
      [1, 'visitor', 'again-1'],
      [2, 'staff', 'again-1'],
    ]);
  });

  it('should keep one copy and a gap-free seq when re-sends of one message race each other', async () => {
    const { visitor, counselor, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const attempts = 15;
    for (let i = 1; i <= attempts; i++) {
      // A flaky network: the client fires the same message several times before any ack comes back.
      const acks = await Promise.all([
        ...range(1, 3).map(() => ok(visitor.socket, 'message:send', { clientMessageId: `v-${i}`, body: `visitor ${i}` })),
        ...range(1, 2).map(() => ok(counselor.socket, 'message:send', { consultationId, clientMessageId: `s-${i}`, body: `staff ${i}` })),
      ]);
      const byVisitor = acks.slice(0, 3).map((a) => a.message);
      const byStaff = acks.slice(3).map((a) => a.message);
      expect(new Set(byVisitor.map((m) => `${m.id}/${m.seq}`)).size).toBe(1);
      expect(new Set(byStaff.map((m) => `${m.id}/${m.seq}`)).size).toBe(1);
    }

    const all = await staffSync(counselor.socket, consultationId);
    expect(all.map((m) => m.seq)).toEqual(range(1, 2 * attempts));
    const ids = all.map((m) => `${m.sender}:${m.clientMessageId}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await visitorSync(visitor.socket)).map((m) => m.id)).toEqual(all.map((m) => m.id));
  });

  it('should number 100 interleaved messages 1 to 100 and deliver each side the other’s when visitor and counselor send 50 each at once', async () => {
    const { visitor, counselor, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const visitorHeard = record<WireMessage>(visitor.socket, 'message:created');
    const staffHeard = record<WireMessage>(counselor.socket, 'message:created');

    const acks = await Promise.all(
      range(1, 50).flatMap((i) => [
        ok(visitor.socket, 'message:send', { clientMessageId: `v-${i}`, body: `from visitor ${i}` }),
        ok(counselor.socket, 'message:send', { consultationId, clientMessageId: `s-${i}`, body: `from counselor ${i}` }),
      ]),
    );
    const sent = acks.map((a) => a.message);
    expect(sent.map((m) => m.seq).sort((a, b) => a - b)).toEqual(range(1, 100));

    const synced = await visitorSync(visitor.socket);
    expect(synced.map((m) => m.seq)).toEqual(range(1, 100));
    expect(new Set(synced.map((m) => m.id))).toEqual(new Set(sent.map((m) => m.id)));

    const idsOf = (sender: string) => sent.filter((m) => m.sender === sender).map((m) => m.id).sort();
    await expect.poll(() => visitorHeard.filter((m) => m.sender === 'staff').map((m) => m.id).sort()).toEqual(idsOf('staff'));
    await expect.poll(() => staffHeard.filter((m) => m.sender === 'visitor').map((m) => m.id).sort()).toEqual(idsOf('visitor'));
  });

  it('should deliver the stored message to the other side when a re-send finds it already stored', async () => {
    const { visitor, counselor, consultationId } = await claimedChat(ctx.server, ctx.bag);
    // Stored, but its delivery was lost with its first ack (as when the process died between commit and emit).
    const stored = await messageRepository.append(ctx.server.hidamari.database.db, {
      consultationId, sender: 'visitor', senderStaffId: null, senderName: null, body: '届いていない', visibility: 'all',
      clientMessageId: 'lost-ack', requireAssignee: null,
    });
    const visitorHeard = record<WireMessage>(visitor.socket, 'message:created');
    const delivered = next<WireMessage>(counselor.socket, 'message:created');

    const again = await ok(visitor.socket, 'message:send', { clientMessageId: 'lost-ack', body: '届いていない' });
    expect(again.message).toMatchObject({ id: stored!.id, seq: 1 });
    expect(await delivered).toEqual(again.message);
    // The sender has it in the ack: no copy comes back to its own socket (anything sent before this reply would precede it).
    await ok(counselor.socket, 'message:send', { consultationId, clientMessageId: 'reply', body: 'とどきました' });
    await expect.poll(() => visitorHeard.map((m) => m.clientMessageId)).toEqual(['reply']);
  });
});

describe('sending messages while the writer is full', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, APPEND_QUEUE_MAX: '2' } });

  it('should answer BUSY beyond the bound and store each message once when the refused ones are sent again', async () => {
    const { visitor } = await claimedChat(ctx.server, ctx.bag);
    const send = (i: number) => call(visitor.socket, 'message:send', { clientMessageId: `burst-${i}`, body: `burst ${i}` });
    const acks: Ack<Sent>[] = await Promise.all(range(1, 30).map(send));
    const busy = range(1, 30).filter((i) => {
      const a = acks[i - 1]!;
      return !a.ok && a.error.code === 'BUSY';
    });
    expect(busy.length).toBeGreaterThan(0);
    expect(acks.filter((a) => !a.ok && a.error.code !== 'BUSY')).toEqual([]);

    for (const i of busy) expect((await send(i)).ok).toBe(true);
    const stored = await visitorSync(visitor.socket);
    expect(stored.map((m) => m.seq)).toEqual(range(1, 30));
    expect(new Set(stored.map((m) => m.clientMessageId)).size).toBe(30);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('sending messages while the consultation row is locked', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, DB_STATEMENT_TIMEOUT_MS: '300' } });

  it('should answer BUSY after the statement timeout and store each message once when they are sent again', async () => {
    const { visitor, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const side = new pg.Client({ connectionString: ctx.server.databaseUrl });
    await side.connect();
    try {
      // Another connection holds the row every append must lock (as a long claim or a stuck sweep would).
      await side.query('BEGIN');
      await side.query('SELECT 1 FROM consultations WHERE id = $1 FOR UPDATE', [consultationId]);
      const send = (i: number) => call(visitor.socket, 'message:send', { clientMessageId: `stuck-${i}`, body: `待っています ${i}` });
      // The first is written alone, the two behind it in one batch: each write gives up after the timeout.
      const stuck = await Promise.all(range(1, 3).map(send));
      expect(stuck.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['BUSY', 'BUSY', 'BUSY']);
      await side.query('ROLLBACK');
      for (const i of range(1, 3)) expect(await send(i)).toMatchObject({ ok: true, message: { seq: i } });
      expect((await visitorSync(visitor.socket)).map((m) => m.clientMessageId)).toEqual(['stuck-1', 'stuck-2', 'stuck-3']);
    } finally {
      await side.end();
    }
  });
});
