import { and, count, eq, or } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { cannedReplies } from '../db/schema.js';

export type CannedRow = typeof cannedReplies.$inferSelect;
export type NewCanned = typeof cannedReplies.$inferInsert;

export const cannedRepository = {
  /** The center's replies and the caller's own. */
  async visibleTo(db: Db, staffId: string): Promise<CannedRow[]> {
    return db
      .select()
      .from(cannedReplies)
      .where(or(eq(cannedReplies.scope, 'center'), and(eq(cannedReplies.scope, 'personal'), eq(cannedReplies.ownerStaffId, staffId))));
  },

  async byId(db: Db, id: string): Promise<CannedRow | undefined> {
    const [row] = await db.select().from(cannedReplies).where(eq(cannedReplies.id, id));
    return row;
  },

  async countIn(db: Db, scope: 'center' | 'personal', ownerStaffId: string | null): Promise<number> {
    const owner = ownerStaffId ? eq(cannedReplies.ownerStaffId, ownerStaffId) : undefined;
    const [r] = await db.select({ n: count() }).from(cannedReplies).where(and(eq(cannedReplies.scope, scope), owner));
    return r?.n ?? 0;
  },

  async insert(db: Db, values: NewCanned): Promise<CannedRow> {
    const [row] = await db.insert(cannedReplies).values(values).returning();
    return row!;
  },

  async update(db: Db, id: string, values: Partial<NewCanned>): Promise<CannedRow> {
    const [row] = await db.update(cannedReplies).set(values).where(eq(cannedReplies.id, id)).returning();
    return row!;
  },

  async remove(db: Db, id: string): Promise<void> {
    await db.delete(cannedReplies).where(eq(cannedReplies.id, id));
  },
};
