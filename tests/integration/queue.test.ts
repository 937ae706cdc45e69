import type { QueueItem, VisitorConsultationUpdate } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { call, next, ok } from '../support/clients.js';
import { counselor, eventually, reconnectVisitor, startVisitor, type StartedVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

type Update = VisitorConsultationUpdate;

/** The queue is shared by the whole server: every test empties it and goes off duty before it ends. */
describe('the queue', () => {
  const ctx = serverPerFile();

  async function threeInLine(): Promise<StartedVisitor[]> {
    const line = [];
    for (const nickname of ['一番', '二番', '三番']) line.push(await startVisitor(ctx.server, ctx.bag, { nickname, message: `${nickname}です` }));
    return line;
  }
  const leaveAll = (line: StartedVisitor[]) => Promise.all(line.map((v) => ok(v.socket, 'consultation:leave')));

  it('should place visitors 1, 2, 3 with no estimate when nobody is on duty and no shift is planned', async () => {
    const line = await threeInLine();
    expect(line.map((v) => v.started.queue)).toEqual([
      { position: 1, estimatedWaitSeconds: null },
      { position: 2, estimatedWaitSeconds: null },
      { position: 3, estimatedWaitSeconds: null },
    ]);
    await leaveAll(line);
  });

  it('should give an estimate to everyone waiting when a counselor comes on duty', async () => {
    const line = await threeInLine();
    const c = await counselor(ctx.server, ctx.bag, { onDuty: false });
    const estimates = line.map((v) => next<Update>(v.socket, 'consultation:updated', (u) => typeof u.queue?.estimatedWaitSeconds === 'number'));
    await ok(c.socket, 'duty:set', { onDuty: true });
    const updates = await Promise.all(estimates);
    expect(updates.map((u) => [u.status, u.queue?.position])).toEqual([['queued', 1], ['queued', 2], ['queued', 3]]);
    for (const u of updates) expect(u.queue!.estimatedWaitSeconds).toBeGreaterThan(0);

    await leaveAll(line);
    await ok(c.socket, 'duty:set', { onDuty: false });
  });

  it('should list in arrival order, estimate while someone is on duty, and move the others up when the first is claimed', async () => {
    const c = await counselor(ctx.server, ctx.bag);
    const line = await threeInLine();
    expect(line.map((v) => v.started.queue.position)).toEqual([1, 2, 3]);
    for (const v of line) expect(v.started.queue.estimatedWaitSeconds).toEqual(expect.any(Number));
    const { items } = await ok(c.socket, 'queue:list');
    expect(items.map((i) => i.consultationId)).toEqual(line.map((v) => v.started.consultationId));
    expect(items.map((i) => i.nickname)).toEqual(['一番', '二番', '三番']);

    const [first, second, third] = line as [StartedVisitor, StartedVisitor, StartedVisitor];
    const secondMoves = next<Update>(second.socket, 'consultation:updated', (u) => u.queue?.position === 1);
    const thirdMoves = next<Update>(third.socket, 'consultation:updated', (u) => u.queue?.position === 2);
    const firstTaken = next<Update>(first.socket, 'consultation:updated', (u) => u.status === 'active');
    await ok(c.socket, 'consultation:claim', { consultationId: first.started.consultationId });

    expect(await firstTaken).toMatchObject({ status: 'active', counselorName: c.staff.displayName });
    expect(await secondMoves).toMatchObject({ consultationId: second.started.consultationId, status: 'queued', queue: { position: 1 } });
    expect(await thirdMoves).toMatchObject({ consultationId: third.started.consultationId, status: 'queued', queue: { position: 2 } });
    expect((await secondMoves).queue!.estimatedWaitSeconds).toEqual(expect.any(Number));

    await ok(c.socket, 'consultation:close', { consultationId: first.started.consultationId });
    await leaveAll([second, third]);
    await ok(c.socket, 'duty:set', { onDuty: false });
  });

  it('should count a visitor\'s place in queue order, risk then priority then arrival, when later arrivals rank higher', async () => {
    const line = await threeInLine();
    const [first, second, third] = line as [StartedVisitor, StartedVisitor, StartedVisitor];
    // Risk triage and priority are set by other flows; here the rows are set directly to place the third and second ahead.
    const db = ctx.server.hidamari.database.db;
    await db.execute(sql`UPDATE consultations SET risk_level = 'high', risk_rank = 2 WHERE id = ${third.started.consultationId}`);
    await db.execute(sql`UPDATE consultations SET priority = 1 WHERE id = ${second.started.consultationId}`);
    const placeOf = async (v: StartedVisitor) => {
      const again = await reconnectVisitor(ctx.server, ctx.bag, v.started.token);
      return eventually(() => again.updates.find((u) => u.queue)!.queue!.position);
    };
    expect([await placeOf(third), await placeOf(second), await placeOf(first)]).toEqual([1, 2, 3]);
    const c = await counselor(ctx.server, ctx.bag, { onDuty: false });
    expect((await ok(c.socket, 'queue:list')).items.map((i) => i.nickname)).toEqual(['三番', '二番', '一番']);
    await leaveAll(line);
  });

  it('should close as visitor_left and drop it from the staff queue when a waiting visitor leaves', async () => {
    const c = await counselor(ctx.server, ctx.bag, { onDuty: false });
    const listed = next<{ items: QueueItem[] }>(c.socket, 'queue:updated', (u) => u.items.length === 2);
    const leaving = await startVisitor(ctx.server, ctx.bag, { message: 'やっぱりやめます' });
    const staying = await startVisitor(ctx.server, ctx.bag, { message: '待ちます' });
    const id = leaving.started.consultationId;
    await listed;

    const closedForVisitor = next<Update>(leaving.socket, 'consultation:updated', (u) => u.status === 'closed');
    const droppedForStaff = next<{ items: QueueItem[] }>(c.socket, 'queue:updated', (u) => !u.items.some((i) => i.consultationId === id));
    const movedUp = next<Update>(staying.socket, 'consultation:updated', (u) => u.queue?.position === 1);
    expect(await call(leaving.socket, 'consultation:leave')).toEqual({ ok: true });

    expect(await closedForVisitor).toEqual({ consultationId: id, status: 'closed', closeReason: 'visitor_left' });
    expect((await droppedForStaff).items.map((i) => i.consultationId)).toEqual([staying.started.consultationId]);
    await movedUp;
    expect((await ok(c.socket, 'queue:list')).items.map((i) => i.consultationId)).toEqual([staying.started.consultationId]);
    expect(await call(leaving.socket, 'message:send', { clientMessageId: 'late', body: 'まだいますか' })).toMatchObject({
      ok: false, error: { code: 'CONSULTATION_CLOSED' },
    });
    expect(await call(c.socket, 'consultation:claim', { consultationId: id })).toMatchObject({ ok: false, error: { code: 'NOT_ON_DUTY' } });
    await ok(c.socket, 'duty:set', { onDuty: true });
    expect(await call(c.socket, 'consultation:claim', { consultationId: id })).toMatchObject({ ok: false, error: { code: 'CONSULTATION_CLOSED' } });
    await ok(staying.socket, 'consultation:leave');
    await ok(c.socket, 'duty:set', { onDuty: false });
  });
});
