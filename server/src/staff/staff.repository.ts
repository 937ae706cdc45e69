import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { run, statement } from '../db/prepared.js';
import { rows } from '../db/raw.js';
import { staff } from '../db/schema.js';

export type StaffRow = typeof staff.$inferSelect;
export type NewStaff = typeof staff.$inferInsert;

/**
 * NO KEY UPDATE serialises one counselor's claims (it conflicts with itself) without holding up the
 * foreign-key checks (KEY SHARE) of that counselor's messages and events meanwhile, as FOR UPDATE would.
 */
const LOCK_FOR_CLAIM = statement('staff_lock_for_claim', `
  SELECT on_duty, active, max_concurrent, display_name FROM staff WHERE id = $1::uuid FOR NO KEY UPDATE`);

export interface ClaimingStaff {
  onDuty: boolean;
  active: boolean;
  maxConcurrent: number;
  displayName: string;
}

export const staffRepository = {
  async insert(db: Db, values: NewStaff): Promise<StaffRow> {
    const [row] = await db.insert(staff).values(values).returning();
    return row!;
  },
  async byId(db: Db, id: string): Promise<StaffRow | undefined> {
    const [row] = await db.select().from(staff).where(eq(staff.id, id));
    return row;
  },
  /** Locks the staff row for the rest of the transaction: one counselor's claims then run one at a time. */
  async lockForClaim(db: Db, id: string): Promise<ClaimingStaff | undefined> {
    const [r] = await run<{ on_duty: boolean; active: boolean; max_concurrent: number; display_name: string }>(db, LOCK_FOR_CLAIM, [id]);
    return r ? { onDuty: r.on_duty, active: r.active, maxConcurrent: r.max_concurrent, displayName: r.display_name } : undefined;
  },
  async byLoginId(db: Db, loginId: string): Promise<StaffRow | undefined> {
    const [row] = await db.select().from(staff).where(eq(staff.loginId, loginId));
    return row;
  },
  async list(db: Db): Promise<StaffRow[]> {
    return db.select().from(staff).orderBy(asc(staff.displayName));
  },
  async update(db: Db, id: string, values: Partial<NewStaff>): Promise<StaffRow | undefined> {
    const [row] = await db.update(staff).set({ ...values, updatedAt: new Date() }).where(eq(staff.id, id)).returning();
    return row;
  },
  async adminExists(db: Db): Promise<boolean> {
    const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(staff).where(sql`'admin' = any(${staff.roles}) and ${staff.active}`);
    return (r?.n ?? 0) > 0;
  },
  async touch(db: Db, ids: string[]): Promise<void> {
    if (ids.length > 0) await db.update(staff).set({ lastSeenAt: new Date() }).where(inArray(staff.id, ids));
  },
  /** Counselors on duty, their total and free chat slots (routing for estimates). */
  async capacity(db: Db): Promise<{ onDuty: number; totalSlots: number; freeSlots: number }> {
    const [r] = await rows<{ on_duty: number; total: number; free: number }>(
      db,
      sql`SELECT count(*)::int AS on_duty,
                 coalesce(sum(s.max_concurrent), 0)::int AS total,
                 coalesce(sum(greatest(s.max_concurrent - h.held, 0)), 0)::int AS free
            FROM staff s
            LEFT JOIN LATERAL (SELECT count(*)::int AS held FROM consultations c
                                WHERE c.assigned_staff_id = s.id AND c.status = 'active') h ON true
           WHERE s.on_duty AND s.active AND 'counselor' = ANY(s.roles)`,
    );
    return { onDuty: r?.on_duty ?? 0, totalSlots: r?.total ?? 0, freeSlots: r?.free ?? 0 };
  },
};
