import { describe, expect, it } from 'vitest';
import { call, ok } from '../support/clients.js';
import { counselor, myConsultations, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('capacity and duty', () => {
  const ctx = serverPerFile();

  async function stillQueued(id: string): Promise<boolean> {
    const probe = await counselor(ctx.server, ctx.bag, { onDuty: false });
    const { items } = await ok(probe.socket, 'queue:list');
    return items.some((i) => i.consultationId === id);
  }

  it('should refuse a second chat with AT_CAPACITY when the counselor already holds their limit', async () => {
    const c = await counselor(ctx.server, ctx.bag, { maxConcurrent: 1 });
    const [first, second] = await Promise.all([startVisitor(ctx.server, ctx.bag), startVisitor(ctx.server, ctx.bag)]);
    await ok(c.socket, 'consultation:claim', { consultationId: first.started.consultationId });

    const refused = await call(c.socket, 'consultation:claim', { consultationId: second.started.consultationId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'AT_CAPACITY' } });
    expect((await myConsultations(c.socket)).map((m) => m.id)).toEqual([first.started.consultationId]);
    expect(await stillQueued(second.started.consultationId)).toBe(true);

    // Closing frees the slot.
    await ok(c.socket, 'consultation:close', { consultationId: first.started.consultationId });
    await ok(c.socket, 'consultation:claim', { consultationId: second.started.consultationId });
    await ok(c.socket, 'consultation:close', { consultationId: second.started.consultationId });
  });

  it('should let only one of two simultaneous claims through when a counselor with one free slot races themself', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const c = await counselor(ctx.server, ctx.bag, { maxConcurrent: 1 });
      const [x, y] = await Promise.all([startVisitor(ctx.server, ctx.bag), startVisitor(ctx.server, ctx.bag)]);
      const acks = await Promise.all([x, y].map((v) => call(c.socket, 'consultation:claim', { consultationId: v.started.consultationId })));

      expect(acks.filter((a) => a.ok)).toHaveLength(1);
      expect(acks.find((a) => !a.ok)).toMatchObject({ ok: false, error: { code: 'AT_CAPACITY' } });
      const mine = await myConsultations(c.socket);
      expect(mine).toHaveLength(1);
      const loser = [x, y].find((v) => v.started.consultationId !== mine[0]!.id)!;
      expect(await stillQueued(loser.started.consultationId)).toBe(true);
      await ok(c.socket, 'consultation:close', { consultationId: mine[0]!.id });
      await ok(loser.socket, 'consultation:leave');
    }
  });

  it('should refuse a claim with NOT_ON_DUTY when the counselor is off duty', async () => {
    const c = await counselor(ctx.server, ctx.bag, { onDuty: false });
    const v = await startVisitor(ctx.server, ctx.bag);
    const refused = await call(c.socket, 'consultation:claim', { consultationId: v.started.consultationId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_ON_DUTY' } });
    expect(await myConsultations(c.socket)).toEqual([]);

    // Going on and then off duty again brings the refusal back.
    expect(await ok(c.socket, 'duty:set', { onDuty: true })).toMatchObject({ onDuty: true });
    expect(await ok(c.socket, 'duty:set', { onDuty: false })).toMatchObject({ onDuty: false });
    expect(await call(c.socket, 'consultation:claim', { consultationId: v.started.consultationId })).toMatchObject({
      ok: false, error: { code: 'NOT_ON_DUTY' },
    });
    expect(await stillQueued(v.started.consultationId)).toBe(true);
    await ok(v.socket, 'consultation:leave');
  });

  it('should refuse duty and claims with FORBIDDEN when the staff member is only an admin', async () => {
    const admin = await counselor(ctx.server, ctx.bag, { roles: ['admin'], onDuty: false });
    expect(await call(admin.socket, 'duty:set', { onDuty: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const v = await startVisitor(ctx.server, ctx.bag);
    // FORBIDDEN, not NOT_ON_DUTY: going on duty would not help.
    expect(await call(admin.socket, 'consultation:claim', { consultationId: v.started.consultationId })).toMatchObject({
      ok: false, error: { code: 'FORBIDDEN' },
    });
    expect(await stillQueued(v.started.consultationId)).toBe(true);
    await ok(v.socket, 'consultation:leave');
  });
});

describe('capacity with only a supervisor on duty', () => {
  // A server of its own: nobody else is on duty (staff of other tests stay on duty after their sockets close).
  const ctx = serverPerFile();

  it('should give a waiting visitor an estimate and let the supervisor take the chat when only a supervisor is on duty', async () => {
    const s = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });
    const v = await startVisitor(ctx.server, ctx.bag);
    expect(v.started.queue.estimatedWaitSeconds).toEqual(expect.any(Number));
    const second = await startVisitor(ctx.server, ctx.bag);
    expect(second.started.queue).toMatchObject({ position: 2, estimatedWaitSeconds: expect.any(Number) });
    await ok(s.socket, 'consultation:claim', { consultationId: v.started.consultationId });
  });
});
