import type { MonitorChanged, TypingChange, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { call, next, ok } from '../support/clients.js';
import { claimedChat, counselor, dropped, staffSync, visitorSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

/** A supervisor monitors a chat silently, reads it live and whispers to its counselor; the visitor never learns of it. */
describe('monitoring a chat', () => {
  const ctx = serverPerFile();
  const supervisor = (displayName = '監督 花子') => counselor(ctx.server, ctx.bag, { roles: ['supervisor'], displayName });

  it('should join silently, tell the counselor who monitors, and stream the chat to the monitor when a supervisor monitors', async () => {
    const { visitor, counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: '眠れない日が続いています' });
    const seenByVisitor: string[] = [];
    visitor.socket.onAny((event: string, p: unknown) => seenByVisitor.push(`${event} ${JSON.stringify(p)}`));
    // A round trip first, so the claim's own news to the visitor is in before the supervisor arrives.
    await visitorSync(visitor.socket);
    seenByVisitor.length = 0;
    const sup = await supervisor();
    const told = next<MonitorChanged>(c.socket, 'monitor:changed', (u) => u.monitors.length > 0);

    const watched = await ok(sup.socket, 'consultation:monitor', { consultationId });
    expect(watched.consultation).toMatchObject({ id: consultationId, assignedStaffId: c.staff.id });
    expect(watched.messages.map((m) => m.body)).toEqual(['眠れない日が続いています']);
    expect(await told).toEqual({ consultationId, monitors: [{ staffId: sup.staff.id, displayName: '監督 花子' }] });

    // Live: the visitor's words, their typing and the counselor's staff-only note all reach the monitor.
    const typing = next<TypingChange>(sup.socket, 'typing:changed', (t) => t.consultationId === consultationId);
    visitor.socket.emit('typing:set', { typing: true });
    expect(await typing).toMatchObject({ sender: 'visitor', typing: true });
    const fromVisitor = next<WireMessage>(sup.socket, 'message:created', (m) => m.sender === 'visitor');
    await ok(visitor.socket, 'message:send', { clientMessageId: 'v1', body: '昼夜が逆転しています' });
    expect((await fromVisitor).body).toBe('昼夜が逆転しています');
    const note = next<WireMessage>(sup.socket, 'message:created', (m) => m.visibility === 'staff');
    await ok(c.socket, 'message:send', { consultationId, clientMessageId: 'n1', body: '睡眠の話から', visibility: 'staff' });
    expect((await note).body).toBe('睡眠の話から');

    // The supervisor typing while monitoring is not shown to the visitor; a round trip proves nothing was sent meanwhile.
    sup.socket.emit('typing:set', { consultationId, typing: true });
    await visitorSync(visitor.socket);
    expect(seenByVisitor).toEqual([]);
  });

  it('should deliver a whisper to the counselor and never to the visitor when the monitor sends a staff-only message', async () => {
    const { visitor, counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const visitorGot: WireMessage[] = [];
    visitor.socket.on('message:created', (m) => visitorGot.push(m));
    const sup = await supervisor('監督 次郎');
    await ok(sup.socket, 'consultation:monitor', { consultationId });

    const heard = next<WireMessage>(c.socket, 'message:created', (m) => m.visibility === 'staff');
    const { message } = await ok(sup.socket, 'message:send', { consultationId, clientMessageId: 'w1', body: '家族のことを聞いてみて', visibility: 'staff' });
    expect(message).toMatchObject({ sender: 'staff', senderName: '監督 次郎', visibility: 'staff' });
    expect(await heard).toEqual(message);
    expect((await staffSync(c.socket, consultationId)).map((m) => m.body)).toContain('家族のことを聞いてみて');

    // A monitor does not talk to the visitor: only a take-over lets them.
    expect(await call(sup.socket, 'message:send', { consultationId, clientMessageId: 'w2', body: 'こんにちは' }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await visitorSync(visitor.socket)).map((m) => m.body)).not.toContain('家族のことを聞いてみて');
    expect(visitorGot).toEqual([]);
  });

  it('should refuse with FORBIDDEN when a counselor monitors or whispers into a chat that is not theirs', async () => {
    const { consultationId } = await claimedChat(ctx.server, ctx.bag);
    const other = await counselor(ctx.server, ctx.bag);
    expect(await call(other.socket, 'consultation:monitor', { consultationId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(other.socket, 'message:send', { consultationId, clientMessageId: 'x', body: 'x', visibility: 'staff' }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A supervisor who does not monitor the chat does not whisper into it either.
    const sup = await supervisor();
    expect(await call(sup.socket, 'message:send', { consultationId, clientMessageId: 'y', body: 'y', visibility: 'staff' }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('should tell the counselor the monitor left when the supervisor stops monitoring or disconnects', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const a = await supervisor('監督 A');
    const b = await supervisor('監督 B');
    await ok(a.socket, 'consultation:monitor', { consultationId });
    const both = next<MonitorChanged>(c.socket, 'monitor:changed', (u) => u.monitors.length === 2);
    await ok(b.socket, 'consultation:monitor', { consultationId });
    expect((await both).monitors.map((m) => m.displayName).sort()).toEqual(['監督 A', '監督 B']);

    const onlyB = next<MonitorChanged>(c.socket, 'monitor:changed', (u) => u.monitors.length === 1);
    await ok(a.socket, 'consultation:unmonitor', { consultationId });
    expect((await onlyB).monitors).toEqual([{ staffId: b.staff.id, displayName: '監督 B' }]);
    // After leaving, the former monitor no longer receives the chat.
    expect(await call(a.socket, 'message:send', { consultationId, clientMessageId: 'z', body: 'z', visibility: 'staff' }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const none = next<MonitorChanged>(c.socket, 'monitor:changed', (u) => u.monitors.length === 0);
    const gone = dropped(b.socket);
    b.socket.disconnect();
    await gone.catch(() => undefined);
    expect((await none).monitors).toEqual([]);
  });
});
