import type { Ack, ConsultationView, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { call, ok } from '../support/clients.js';
import { counselor, myConsultations, SocketBag, startVisitor, type Counselor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';
import type { TestServer } from '../support/test-server.js';

type ClaimAck = Ack<{ consultation: ConsultationView; messages: WireMessage[] }>;

function shuffled<T>(items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

async function queuedConsultations(server: TestServer, bag: SocketBag, n: number): Promise<string[]> {
  const visitors = await Promise.all(Array.from({ length: n }, (_, i) => startVisitor(server, bag, { message: `待っています ${i}` })));
  return visitors.map((v) => v.started.consultationId);
}

async function closeAll(c: Counselor): Promise<void> {
  for (const mine of await myConsultations(c.socket)) await ok(c.socket, 'consultation:close', { consultationId: mine.id });
}

describe('claiming a consultation', () => {
  const ctx = serverPerFile();

  it('should give each chat to exactly one counselor when two claim it at the same moment', async () => {
    const [a, b] = await Promise.all([counselor(ctx.server, ctx.bag, { maxConcurrent: 10 }), counselor(ctx.server, ctx.bag, { maxConcurrent: 10 })]);
    for (let round = 0; round < 2; round++) {
      const ids = await queuedConsultations(ctx.server, ctx.bag, 10);
      // Both counselors press "take" on every chat at once: 20 claims in flight together.
      const acks = await Promise.all(
        ids.flatMap((consultationId) => [a, b].map((c) => call(c.socket, 'consultation:claim', { consultationId }) as Promise<ClaimAck>)),
      );
      const [mineA, mineB] = await Promise.all([myConsultations(a.socket), myConsultations(b.socket)]);
      ids.forEach((id, i) => {
        const [byA, byB] = [acks[2 * i]!, acks[2 * i + 1]!];
        expect([byA.ok, byB.ok].filter(Boolean)).toHaveLength(1);
        const [won, lost] = byA.ok ? [byA, byB] : [byB, byA];
        const winner = byA.ok ? a : b;
        expect(lost).toMatchObject({ ok: false, error: { code: 'ALREADY_CLAIMED' } });
        expect(won.ok && won.consultation.assignedStaffId).toBe(winner.staff.id);
        // What the database holds agrees with the acks: listed for the winner only.
        expect(mineA.some((c) => c.id === id)).toBe(winner === a);
        expect(mineB.some((c) => c.id === id)).toBe(winner === b);
      });
      await Promise.all([closeAll(a), closeAll(b)]);
    }
  });

  it('should assign every queued chat exactly once and keep every counselor within capacity when five claim all thirty at once', async () => {
    const ids = await queuedConsultations(ctx.server, ctx.bag, 30);
    const team = await Promise.all(Array.from({ length: 5 }, () => counselor(ctx.server, ctx.bag, { maxConcurrent: 10 })));

    const results = await Promise.all(
      team.map(async (c) => {
        const acks = await Promise.all(shuffled(ids).map((consultationId) => call(c.socket, 'consultation:claim', { consultationId }) as Promise<ClaimAck>));
        return { c, acks };
      }),
    );

    const won = results.flatMap(({ acks }) => acks.filter((a) => a.ok).map((a) => (a.ok ? a.consultation.id : '')));
    expect(won.sort()).toEqual([...ids].sort());
    const refusals = new Set(results.flatMap(({ acks }) => acks.flatMap((a) => (a.ok ? [] : [a.error.code]))));
    expect([...refusals].every((code) => code === 'ALREADY_CLAIMED' || code === 'AT_CAPACITY')).toBe(true);

    const held = await Promise.all(team.map((c) => myConsultations(c.socket)));
    const assigned = held.flat().map((c) => c.id);
    expect(assigned.sort()).toEqual([...ids].sort());
    held.forEach((mine, i) => {
      expect(mine.length).toBeLessThanOrEqual(10);
      expect(mine.every((c) => c.status === 'active' && c.assignedStaffId === team[i]!.staff.id)).toBe(true);
    });
    const { items } = await ok(team[0]!.socket, 'queue:list');
    expect(items.filter((item) => ids.includes(item.consultationId))).toEqual([]);
    await Promise.all(team.map(closeAll));
  });
});
