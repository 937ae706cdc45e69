/**
 * The two facts reports keep on a consultation row (migration 0006's trigger): whether it started while nobody was on
 * shift, and when a counselor first took it, which a later requeue must not erase.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ok } from '../support/clients.js';
import { counselor, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const ctx = serverPerFile();

async function marks(id: string) {
  const res = (await ctx.server.hidamari.database.db.execute(sql`
    SELECT started_off_hours AS "offHours", first_claimed_at AS "firstClaimedAt", claimed_at AS "claimedAt" FROM consultations WHERE id = ${id}`)) as unknown as {
    rows: { offHours: boolean | null; firstClaimedAt: string | null; claimedAt: string | null }[];
  };
  return res.rows[0]!;
}

describe('report marks on consultations', () => {
  it('should mark a start off-hours when no counselor is on shift and keep the first claim when it is requeued', async () => {
    const early = await startVisitor(ctx.server, ctx.bag);
    expect((await marks(early.started.consultationId)).offHours).toBe(true);

    const c = await counselor(ctx.server, ctx.bag); // on shift from now on
    const later = await startVisitor(ctx.server, ctx.bag);
    expect((await marks(later.started.consultationId)).offHours).toBe(false);

    await ok(c.socket, 'consultation:claim', { consultationId: early.started.consultationId });
    const first = await marks(early.started.consultationId);
    expect(first.firstClaimedAt).not.toBeNull();
    expect(new Date(first.firstClaimedAt!).getTime()).toBe(new Date(first.claimedAt!).getTime());

    // Back to the queue (as a requeue does) and taken again: the first claim stays.
    await ctx.server.hidamari.database.db.execute(sql`
      UPDATE consultations SET status = 'queued', assigned_staff_id = NULL, claimed_at = NULL WHERE id = ${early.started.consultationId}`);
    await ctx.server.hidamari.database.db.execute(sql`
      UPDATE consultations SET status = 'active', assigned_staff_id = ${c.staff.id}, claimed_at = now() + interval '1 hour' WHERE id = ${early.started.consultationId}`);
    const again = await marks(early.started.consultationId);
    expect(new Date(again.firstClaimedAt!).getTime()).toBe(new Date(first.firstClaimedAt!).getTime());
    expect(new Date(again.claimedAt!).getTime()).toBeGreaterThan(new Date(first.firstClaimedAt!).getTime());
  });
});
