import { and, asc, eq, gt, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { shifts, staff } from '../db/schema.js';

export type ShiftRow = typeof shifts.$inferSelect;
export type NewShift = typeof shifts.$inferInsert;

/**
 * The key space of the per-person roster lock (two-int advisory keys; the sweeper's one-bigint key lives apart).
 * An advisory lock rather than the staff row's: claims lock that row, and the sweeper (shift row, then staff row)
 * would deadlock with a writer taking the staff row before the shift rows.
 */
const ROSTER_LOCK_SPACE = 72_700_007;

export const shiftRepository = {
  /**
   * Serialises every change to these people's shifts until the transaction ends: the overlap check and the write
   * that follows it then see each other's commits. Taken in id order, so two callers queue up instead of deadlocking.
   */
  async lockPeople(db: Db, staffIds: readonly string[]): Promise<void> {
    for (const id of [...new Set(staffIds)].sort()) {
      await db.execute(sql`SELECT pg_advisory_xact_lock(${ROSTER_LOCK_SPACE}, hashtext(${id}))`);
    }
  },
  async insert(db: Db, values: NewShift[]): Promise<ShiftRow[]> {
    return values.length === 0 ? [] : db.insert(shifts).values(values).returning();
  },
  async byId(db: Db, id: string): Promise<ShiftRow | undefined> {
    const [row] = await db.select().from(shifts).where(eq(shifts.id, id));
    return row;
  },
  async update(db: Db, id: string, values: Partial<NewShift>): Promise<ShiftRow | undefined> {
    const [row] = await db.update(shifts).set(values).where(eq(shifts.id, id)).returning();
    return row;
  },
  async deleteIds(db: Db, ids: readonly string[]): Promise<ShiftRow[]> {
    return ids.length === 0 ? [] : db.delete(shifts).where(inArray(shifts.id, [...ids])).returning();
  },
  /** These people's shifts overlapping [from, to). */
  async ofPeopleOverlapping(db: Db, staffIds: readonly string[], from: Date, to: Date): Promise<ShiftRow[]> {
    if (staffIds.length === 0) return [];
    return db.select().from(shifts)
      .where(and(inArray(shifts.staffId, [...staffIds]), lt(shifts.startsAt, to), gt(shifts.endsAt, from)));
  },
  /** This person's shifts covering `at`. */
  async covering(db: Db, staffId: string, at: Date): Promise<ShiftRow[]> {
    return db.select().from(shifts).where(and(eq(shifts.staffId, staffId), lte(shifts.startsAt, at), gt(shifts.endsAt, at)));
  },
  /** Shifts starting in [from, to) (only `staffId`'s when given; only active people's when `activeOnly`). */
  async startingIn(db: Db, from: Date, to: Date, opts: { staffId?: string; activeOnly?: boolean } = {}): Promise<ShiftRow[]> {
    const rows = await db
      .select({ shift: shifts })
      .from(shifts)
      .innerJoin(staff, eq(staff.id, shifts.staffId))
      .where(and(
        gte(shifts.startsAt, from), lt(shifts.startsAt, to),
        opts.staffId ? eq(shifts.staffId, opts.staffId) : undefined,
        opts.activeOnly ? eq(staff.active, true) : undefined,
      ))
      .orderBy(asc(shifts.startsAt));
    return rows.map((r) => r.shift);
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
  async names(db: Db, staffIds: readonly string[]): Promise<Map<string, string>> {
    if (staffIds.length === 0) return new Map();
    const rows = await db.select({ id: staff.id, name: staff.displayName }).from(staff).where(inArray(staff.id, [...staffIds]));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};
