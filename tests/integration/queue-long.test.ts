import { QUEUE_LIST_LIMIT, type QueueSnapshot } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { next, ok } from '../support/clients.js';
import { counselor, eventually, reconnectVisitor, startVisitor, type StartedVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('a long queue', () => {
  const ctx = serverPerFile();

  it('should send staff the most urgent 200 with the total, and the first 200 waiting their new place, when more than 200 wait', async () => {
    // Six batches of 30 start at once: inside a batch the arrival order is whatever the database
    // decided, so only the batch's membership is known; between batches the order is certain.
    const batches: StartedVisitor[][] = [];
    for (let batch = 0; batch < 6; batch++) {
      batches.push(await Promise.all(Array.from({ length: 30 }, () => startVisitor(ctx.server, ctx.bag))));
    }
    // The last 30 start one after another, so their order is known exactly.
    const tail: StartedVisitor[] = [];
    for (let i = 0; i < 30; i++) tail.push(await startVisitor(ctx.server, ctx.bag));
    expect(tail.map((v) => v.started.queue.position)).toEqual(Array.from({ length: 30 }, (_, i) => 181 + i));

    const c = await counselor(ctx.server, ctx.bag, { onDuty: false });
    const listed = await ok(c.socket, 'queue:list');
    expect(listed.total).toBe(210);
    expect(listed.items).toHaveLength(QUEUE_LIST_LIMIT);
    const order = listed.items.map((i) => i.consultationId);
    const ids = (vs: StartedVisitor[]) => vs.map((v) => v.started.consultationId);
    batches.forEach((batch, b) => {
      expect(new Set(order.slice(b * 30, b * 30 + 30))).toEqual(new Set(ids(batch)));
    });
    expect(order.slice(180)).toEqual(ids(tail).slice(0, QUEUE_LIST_LIMIT - 180));

    // The first in line leaves: the first 200 behind are sent their new place; the one who left is not told a standing.
    const lastFresh = tail[19]!;
    const moved = next<{ queue?: { position: number } }>(lastFresh.socket, 'consultation:updated', (u) => u.queue?.position === 199);
    const staffSees = next<QueueSnapshot>(c.socket, 'queue:updated', (u) => u.total === 209);
    const first = batches[0]!.find((v) => v.started.consultationId === order[0])!;
    await ok(first.socket, 'consultation:leave');
    await moved;
    const after = await staffSees;
    expect(after.items[0]!.consultationId).toBe(order[1]);
    expect(after.items.at(-1)!.consultationId).toBe(ids(tail)[20]);

    // Further back, a visitor learns the new place when they ask for it: a reconnect counts those ahead.
    const back = await reconnectVisitor(ctx.server, ctx.bag, tail.at(-1)!.started.token);
    await eventually(() => expect(back.updates.map((u) => u.queue?.position)).toContain(209));
  }, 120_000);
});
