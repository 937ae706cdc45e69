import type { TimelineEvent } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { call, createStaff, next, ok, staffSocket } from '../support/clients.js';
import { claimedChat, counselor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const shape = (events: TimelineEvent[]) => events.map((e) => [e.type, e.actor?.displayName ?? null]);

/** Every step of a consultation is an event row with actor and time, which staff read beside the chat (issue 8). */
describe('consultation timeline', () => {
  const ctx = serverPerFile();

  it('should list claim, hand-over and close in order with their actors when the counselor who closed reads it', async () => {
    const { counselor: first, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: '眠れない夜が続いています' });
    await ok(first.socket, 'consultation:handover', { consultationId, note: '睡眠の話の途中です' });
    const second = await counselor(ctx.server, ctx.bag, { displayName: '二番目の相談員' });
    await ok(second.socket, 'consultation:claim', { consultationId });
    await ok(second.socket, 'consultation:close', { consultationId, outcome: 'listened' });

    const { events } = await ok(second.socket, 'consultation:timeline', { consultationId });
    const name = first.staff.displayName;
    expect(shape(events)).toEqual([
      ['queued', null], ['claimed', name], ['requeued', name], ['claimed', '二番目の相談員'], ['closed', '二番目の相談員'],
    ]);
    expect(events[2]?.data).toEqual({ reason: 'shift_handover' });
    expect(events[4]?.data).toEqual({ reason: 'counselor_closed', outcome: 'listened' });
    expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((a, b) => a - b));
    for (const e of events) expect(Date.parse(e.createdAt)).not.toBeNaN();
    // What was said (the visitor's words, the hand-over note) is never part of the trail.
    expect(JSON.stringify(events)).not.toMatch(/眠れない|睡眠/);
  });

  it('should name both colleagues of a warm hand-off and leave its note out when the new counselor reads it', async () => {
    const { counselor: from, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const to = await counselor(ctx.server, ctx.bag, { displayName: '受け取る相談員' });
    const offered = next<{ handoffId: string }>(to.socket, 'handoff:offered');
    await ok(from.socket, 'consultation:transfer', { consultationId, to: { staffId: to.staff.id }, mode: 'warm', note: '家族との関係の話をしています' });
    await ok(to.socket, 'handoff:respond', { handoffId: (await offered).handoffId, accept: true });

    const { events } = await ok(to.socket, 'consultation:timeline', { consultationId });
    const byType = Object.fromEntries(events.map((e) => [e.type, e]));
    expect(byType.handoff_offered).toMatchObject({ actor: { staffId: from.staff.id }, data: { toStaffId: to.staff.id, toStaffName: '受け取る相談員' } });
    expect(byType.handoff_accepted).toMatchObject({ actor: { staffId: to.staff.id }, data: { fromStaffName: from.staff.displayName } });
    expect(byType.transferred).toMatchObject({ data: { mode: 'warm', toStaffName: '受け取る相談員' } });
    expect(JSON.stringify(events)).not.toContain('家族との関係');
  });

  it('should let a supervisor read a chat they do not hold when they have the supervisor role', async () => {
    const { consultationId } = await claimedChat(ctx.server, ctx.bag);
    const supervisor = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'], onDuty: false });
    const { events } = await ok(supervisor.socket, 'consultation:timeline', { consultationId });
    expect(events.map((e) => e.type)).toEqual(['queued', 'claimed']);
  });

  it('should refuse with FORBIDDEN when a counselor does not hold the chat, or only an admin asks', async () => {
    const { counselor: first, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const other = await counselor(ctx.server, ctx.bag, { onDuty: false });
    expect(await call(other.socket, 'consultation:timeline', { consultationId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const admin = await createStaff(ctx.server, { roles: ['admin'] });
    const adminSocket = ctx.bag.add(await staffSocket(ctx.server, admin.cookie));
    expect(await call(adminSocket, 'consultation:timeline', { consultationId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // After handing the chat over, its former counselor no longer reads it either.
    await ok(first.socket, 'consultation:handover', { consultationId });
    expect(await call(first.socket, 'consultation:timeline', { consultationId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('should answer NOT_FOUND for a supervisor and INVALID_PAYLOAD for a bad id when the consultation does not exist', async () => {
    const supervisor = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'], onDuty: false });
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await call(supervisor.socket, 'consultation:timeline', { consultationId: missing })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call(supervisor.socket, 'consultation:timeline', { consultationId: 'nope' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });
});
