import { QUEUE_LIST_LIMIT, type QueueSnapshot } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { next, ok } from '../support/clients.js';
import { counselor, startVisitor, type StartedVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('a long queue', () => {
  const ctx = serverPerFile();

  it('should send staff the most urgent 200 with the total, and move everyone up, when more than 200 wait', async () => {
    const line: StartedVisitor[] = [];
    for (let batch = 0; batch < 7; batch++) {
      line.push(...(await Promise.all(Array.from({ length: 30 }, () => startVisitor(ctx.server, ctx.bag)))));
    }
    const c = await counselor(ctx.server, ctx.bag, { onDuty: false });
    const listed = await ok<QueueSnapshot>(c.socket, 'queue:list');
    expect(listed.total).toBe(210);
    expect(listed.items).toHaveLength(QUEUE_LIST_LIMIT);
    const order = listed.items.map((i) => i.consultationId);
    const byArrival = [...line].sort((a, b) => a.started.queue.position - b.started.queue.position).map((v) => v.started.consultationId);
    expect(order).toEqual(byArrival.slice(0, QUEUE_LIST_LIMIT));

    // The first in line leaves: everyone behind moves up one; the one who left is not told a standing.
    const last = line.find((v) => v.started.consultationId === byArrival.at(-1))!;
    const moved = next<{ queue?: { position: number } }>(last.socket, 'consultation:updated', (u) => u.queue?.position === 209);
    const staffSees = next<QueueSnapshot>(c.socket, 'queue:updated', (u) => u.total === 209);
    const first = line.find((v) => v.started.consultationId === byArrival[0])!;
    await ok(first.socket, 'consultation:leave');
    await moved;
    expect((await staffSees).items[0]!.consultationId).toBe(byArrival[1]);
  }, 120_000);
});
