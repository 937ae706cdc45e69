import type { QueueItem, StaffView, VisitorConsultationUpdate } from '@hidamari/shared';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { adminSession, call, coveringNow, createShift, http, next, ok, staffSocket } from '../support/clients.js';
import { claimedChat, counselor, record, startVisitor, visitorSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

type QueueUpdate = { items: QueueItem[] };

describe('a role change takes effect at once', () => {
  const ctx = serverPerFile();

  async function setRoles(staffId: string, roles: string[]): Promise<StaffView> {
    const res = await http<{ staff: StaffView }>(ctx.server, 'PATCH', `/api/staff/${staffId}`, { cookie: await adminSession(ctx.server), body: { roles } });
    expect(res.status).toBe(200);
    return res.body.staff;
  }

  it('should take duty, held chats, the queue and claims from a counselor when an admin makes them admin only', async () => {
    const { visitor, counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: '聞いてほしいことがあります' });
    const waiting = await startVisitor(ctx.server, ctx.bag, { message: '順番を待っています' });
    const offDuty = next<{ onDuty: boolean }>(c.socket, 'duty:updated', (u) => !u.onDuty);
    const lost = next<{ consultationId: string; status: string }>(c.socket, 'consultation:updated', (u) => u.consultationId === consultationId);
    const requeued = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.status === 'queued');

    expect(await setRoles(c.staff.id, ['admin'])).toMatchObject({ roles: ['admin'], onDuty: false });
    await offDuty;
    expect(await lost).toMatchObject({ status: 'queued' });
    expect(await requeued).toMatchObject({ consultationId, status: 'queued', queue: { position: expect.any(Number) } });

    // The old socket: no queue, no claim, no transcript.
    const oldSees = record<QueueUpdate>(c.socket, 'queue:updated');
    expect(await call(c.socket, 'queue:list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(c.socket, 'consultation:claim', { consultationId: waiting.started.consultationId })).toMatchObject({
      ok: false, error: { code: 'FORBIDDEN' },
    });
    expect(await call(c.socket, 'messages:sync', { consultationId, afterSeq: 0 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // A new socket of the same session: the same.
    const fresh = ctx.bag.add(await staffSocket(ctx.server, c.cookie));
    const freshSees = record<QueueUpdate>(fresh, 'queue:updated');
    expect(await call(fresh, 'duty:set', { onDuty: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(fresh, 'queue:list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(fresh, 'consultation:claim', { consultationId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // A queue change reaches counselors, and neither of the former counselor's sockets.
    const other = await counselor(ctx.server, ctx.bag);
    const otherSees = next<QueueUpdate>(other.socket, 'queue:updated', (u) => u.items.some((i) => i.preview === 'もうひとり'));
    await startVisitor(ctx.server, ctx.bag, { message: 'もうひとり' });
    await otherSees;
    expect([...oldSees, ...freshSees]).toEqual([]);

    // The next counselor reads why the chat came back; the visitor never sees that note.
    const claim = await ok(other.socket, 'consultation:claim', { consultationId });
    expect(claim.messages.map((m) => [m.sender, m.visibility])).toEqual([['visitor', 'all'], ['system', 'staff']]);
    expect((await visitorSync(visitor.socket)).map((m) => m.sender)).toEqual(['visitor']);
  });

  it('should refuse a former counselor the transcript of a chat they closed when they now hold only the admin role', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: '前に話した内容です' });
    await ok(c.socket, 'consultation:close', { consultationId });
    expect((await ok(c.socket, 'messages:sync', { consultationId, afterSeq: 0 })).messages).toHaveLength(1);

    await setRoles(c.staff.id, ['admin']);
    expect(await call(c.socket, 'messages:sync', { consultationId, afterSeq: 0 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('should give a staff member the queue on their open socket when an admin gives them a counselling role', async () => {
    const s = await counselor(ctx.server, ctx.bag, { roles: ['admin'], onDuty: false });
    expect(await call(s.socket, 'queue:list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await setRoles(s.staff.id, ['admin', 'supervisor']);
    await createShift(ctx.server, s.staff.id, coveringNow(), 'supervisor');
    const sees = next<QueueUpdate>(s.socket, 'queue:updated', (u) => u.items.some((i) => i.preview === '新しい役割のあとで'));
    await startVisitor(ctx.server, ctx.bag, { message: '新しい役割のあとで' });
    await sees;
    expect(await ok(s.socket, 'queue:list')).toMatchObject({ ok: true });
    expect(await ok(s.socket, 'duty:set', { onDuty: true })).toMatchObject({ onDuty: true });
  });

  it('should keep duty and chats when a counselor gains or loses only the admin role', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    await setRoles(c.staff.id, ['counselor', 'admin']);
    await setRoles(c.staff.id, ['counselor']);
    await ok(c.socket, 'message:send', { consultationId, clientMessageId: 'still-mine', body: 'まだ担当しています' });
    expect(await ok(c.socket, 'queue:list')).toMatchObject({ ok: true });
  });

  // PostgreSQL only: a second connection holds the counselor's row while their claim waits for it.
  it.skipIf(!process.env.TEST_DATABASE_URL)('should refuse a claim that was waiting when the counsel role was removed under it', async () => {
    const c = await counselor(ctx.server, ctx.bag);
    const v = await startVisitor(ctx.server, ctx.bag);
    const side = new pg.Client({ connectionString: ctx.server.databaseUrl });
    await side.connect();
    try {
      await side.query('BEGIN');
      await side.query('SELECT 1 FROM staff WHERE id = $1 FOR UPDATE', [c.staff.id]);
      const claim = call(c.socket, 'consultation:claim', { consultationId: v.started.consultationId });
      await waitsForLock(side);
      // Still marked on duty: only the role, read inside the claim's own transaction, can refuse it.
      await side.query(`UPDATE staff SET roles = '{admin}' WHERE id = $1`, [c.staff.id]);
      await side.query('COMMIT');
      expect(await claim).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      await side.end();
    }
  });
});

/** Resolves once some statement of this database waits for a lock. */
async function waitsForLock(side: pg.Client): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await side.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted AND a.datname = current_database()`,
    );
    if ((rows[0]?.n ?? 0) > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the claim never waited for the row lock');
}
