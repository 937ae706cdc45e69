import { and, asc, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { shifts, staff } from '../db/schema.js';

export type ShiftRow = typeof shifts.$inferSelect;

export const shiftRepository = {
  async insert(db: Db, values: typeof shifts.$inferInsert): Promise<ShiftRow> {
    const [row] = await db.insert(shifts).values(values).returning();
    return row!;
  },
  /** Shifts overlapping [from, to), with the staff member's name. */
  async overlapping(db: Db, from: Date, to: Date) {
    return db
      .select({ shift: shifts, staffName: staff.displayName })
      .from(shifts)
      .innerJoin(staff, eq(staff.id, shifts.staffId))
      .where(and(lt(shifts.startsAt, to), gt(shifts.endsAt, from), eq(staff.active, true)))
      .orderBy(asc(shifts.startsAt));
  },
  async delete(db: Db, id: string): Promise<boolean> {
    const r = await db.delete(shifts).where(eq(shifts.id, id)).returning({ id: shifts.id });
    return r.length > 0;
  },
};
