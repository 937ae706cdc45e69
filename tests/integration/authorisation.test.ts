import type { QueueItem, StaffView, TypingChange, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { adminSession, call, http, next, ok, visitorSocket } from '../support/clients.js';
import {
  claimedChat, counselor, dropped, myConsultations, reconnectVisitor, record, refusedHandshake, staffSync, startVisitor, visitorSync,
} from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('who may do what', () => {
  const ctx = serverPerFile();

  it('should refuse the staff handshake with UNAUTHENTICATED when there is no session cookie or a bogus one', async () => {
    expect((await refusedHandshake(ctx.server, '/staff')).message).toBe('UNAUTHENTICATED');
    expect((await refusedHandshake(ctx.server, '/staff', { headers: { cookie: 'hidamari_session=not-a-session' } })).message).toBe('UNAUTHENTICATED');
    expect((await refusedHandshake(ctx.server, '/visitor', { auth: { token: 'not-a-visitor-token' } })).message).toBe('UNAUTHENTICATED');
  });

  it('should answer FORBIDDEN and write nothing when a counselor touches a chat assigned to someone else', async () => {
    const { visitor, counselor: owner, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: '担当の方とだけ話したい' });
    const other = await counselor(ctx.server, ctx.bag);
    const visitorHeard = record<WireMessage>(visitor.socket, 'message:created');
    const visitorTyping = record<TypingChange>(visitor.socket, 'typing:changed');

    const attempts = await Promise.all([
      call(other.socket, 'message:send', { consultationId, clientMessageId: 'x-1', body: '横から失礼します' }),
      call(other.socket, 'message:send', { consultationId, clientMessageId: 'x-2', body: 'メモ', visibility: 'staff' }),
      call(other.socket, 'messages:sync', { consultationId, afterSeq: 0 }),
      call(other.socket, 'consultation:close', { consultationId, outcome: 'other' }),
    ]);
    for (const a of attempts) expect(a).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(other.socket, 'consultation:claim', { consultationId })).toMatchObject({ ok: false, error: { code: 'ALREADY_CLAIMED' } });
    await ok(other.socket, 'typing:set', { consultationId, typing: true });

    expect((await staffSync(owner.socket, consultationId)).map((m) => m.body)).toEqual(['担当の方とだけ話したい']);
    expect(await myConsultations(owner.socket)).toMatchObject([{ id: consultationId, status: 'active', lastSeq: 1 }]);
    expect(await myConsultations(other.socket)).toEqual([]);
    // The owner's own typing still arrives, and nothing of the other counselor's did before it.
    const ownerTyping = next<TypingChange>(visitor.socket, 'typing:changed');
    await ok(owner.socket, 'typing:set', { consultationId, typing: true });
    await ownerTyping;
    expect(visitorTyping).toHaveLength(1);
    expect(visitorHeard).toEqual([]);
  });

  it('should answer NOT_BOUND when a visitor acts before starting or resuming a consultation', async () => {
    const v = ctx.bag.add(await visitorSocket(ctx.server));
    const answers = await Promise.all([
      call(v, 'message:send', { clientMessageId: 'c-1', body: 'こんにちは' }),
      call(v, 'messages:sync', { afterSeq: 0 }),
      call(v, 'consultation:leave'),
      call(v, 'typing:set', { typing: true }),
    ]);
    for (const a of answers) expect(a).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } });
  });

  it('should show a visitor only its own consultation when it connects with its token', async () => {
    const mine = await claimedChat(ctx.server, ctx.bag, { message: '私の相談です' });
    const theirs = await claimedChat(ctx.server, ctx.bag, { message: 'ほかの人の相談です' });
    await ok(theirs.counselor.socket, 'message:send', { consultationId: theirs.consultationId, clientMessageId: 's', body: 'ほかの返事' });

    const back = await reconnectVisitor(ctx.server, ctx.bag, mine.visitor.started.token);
    const messages = await visitorSync(back.socket);
    expect(messages.map((m) => m.body)).toEqual(['私の相談です']);
    expect(messages.every((m) => m.consultationId === mine.consultationId)).toBe(true);
    const sent = await ok(back.socket, 'message:send', { clientMessageId: 'mine-2', body: '続きです' });
    expect(sent.message.consultationId).toBe(mine.consultationId);
    expect((await staffSync(theirs.counselor.socket, theirs.consultationId)).map((m) => m.body)).toEqual(['ほかの人の相談です', 'ほかの返事']);
  });

  it('should refuse the admin API with 403 to a counselor and 401 without a session, changing nothing', async () => {
    const c = await counselor(ctx.server, ctx.bag, { onDuty: false });
    const staffId = c.staff.id;
    const calls: [string, string, unknown?][] = [
      ['POST', '/api/staff', { loginId: 'intruder', displayName: 'x', password: 'intruder-password', roles: ['admin'] }],
      ['GET', '/api/staff'],
      ['PATCH', `/api/staff/${staffId}`, { roles: ['admin'] }],
      ['POST', '/api/shifts', { staffId, startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString() }],
      ['GET', '/api/shifts'],
      ['DELETE', `/api/shifts/${staffId}`],
    ];
    for (const [method, path, body] of calls) {
      const asCounselor = await http<{ error: { code: string } }>(ctx.server, method, path, { cookie: c.cookie, body });
      expect([method, path, asCounselor.status, asCounselor.body.error.code]).toEqual([method, path, 403, 'FORBIDDEN']);
      const anonymous = await http<{ error: { code: string } }>(ctx.server, method, path, { body });
      expect([method, path, anonymous.status, anonymous.body.error.code]).toEqual([method, path, 401, 'UNAUTHENTICATED']);
    }
    const { body } = await http<{ staff: StaffView[] }>(ctx.server, 'GET', '/api/staff', { cookie: await adminSession(ctx.server) });
    expect(body.staff.some((s) => s.loginId === 'intruder')).toBe(false);
    expect(body.staff.find((s) => s.id === staffId)?.roles).toEqual(['counselor']);
  });

  it('should keep conversation content from a staff member who is only an admin', async () => {
    const { consultationId } = await claimedChat(ctx.server, ctx.bag, { message: '誰にも言えないこと' });
    const waiting = await startVisitor(ctx.server, ctx.bag, { message: '待っている人の最初のひとこと' });
    const admin = await counselor(ctx.server, ctx.bag, { roles: ['admin'], onDuty: false });
    const queueSeen = record<{ items: QueueItem[] }>(admin.socket, 'queue:updated');

    expect(await call(admin.socket, 'duty:set', { onDuty: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(admin.socket, 'messages:sync', { consultationId, afterSeq: 0 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(admin.socket, 'consultation:claim', { consultationId: waiting.started.consultationId })).toMatchObject({
      ok: false, error: { code: 'FORBIDDEN' },
    });
    expect(await call(admin.socket, 'queue:list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A queue change (a new visitor) is broadcast to counselors, not to the admin.
    const c = await counselor(ctx.server, ctx.bag, { onDuty: false });
    const counselorSees = next<{ items: QueueItem[] }>(c.socket, 'queue:updated');
    await startVisitor(ctx.server, ctx.bag, { message: 'もうひとり' });
    await counselorSees;
    expect(queueSeen).toEqual([]);
  });

  it('should drop the session’s socket and refuse its cookie when the staff member logs out', async () => {
    const c = await counselor(ctx.server, ctx.bag);
    const gone = dropped(c.socket);
    const out = await http(ctx.server, 'POST', '/api/auth/logout', { cookie: c.cookie });
    expect(out.status).toBe(204);
    expect(await gone).toBe('io server disconnect');

    expect(await http(ctx.server, 'GET', '/api/me', { cookie: c.cookie })).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
    expect((await refusedHandshake(ctx.server, '/staff', { headers: { cookie: c.cookie } })).message).toBe('UNAUTHENTICATED');
  });
});
