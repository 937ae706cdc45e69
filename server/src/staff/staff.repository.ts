import { COUNSEL_ROLES, DUTY_EARLY_MINUTES } from '@hidamari/shared';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { run, statement } from '../db/prepared.js';
import { rows } from '../db/raw.js';
import { staff } from '../db/schema.js';

export type StaffRow = typeof staff.$inferSelect;
export type NewStaff = typeof staff.$inferInsert;

const COUNSEL_ROLES_SQL = `ARRAY[${COUNSEL_ROLES.map((r) => `'${r}'`).join(', ')}]::text[]`;

/** The shared canCounsel rule in SQL: `roles` (a text[] expression) holds one of COUNSEL_ROLES. */
export const canCounselSql = (roles: SQL): SQL => sql`${roles} && ${sql.raw(COUNSEL_ROLES_SQL)}`;

/**
 * duty.rules `onShift` in SQL: a shift of `staffId` in a counselling role covers `$at`, counted from
 * DUTY_EARLY_MINUTES before its start (reads the shifts_staff_idx range of that person).
 */
const onShiftText = (staffId: string, at: string): string => `EXISTS (
  SELECT 1 FROM shifts sh
   WHERE sh.staff_id = ${staffId} AND sh.role = ANY(${COUNSEL_ROLES_SQL})
     AND sh.starts_at <= ${at} + interval '${DUTY_EARLY_MINUTES} minutes' AND sh.ends_at > ${at})`;

/** The same test for a query built with drizzle: `staffId` a column or value, `at` the instant. */
export const onShiftSql = (staffId: SQL, at: Date): SQL => sql`EXISTS (
  SELECT 1 FROM shifts sh
   WHERE sh.staff_id = ${staffId} AND sh.role = ANY(${sql.raw(COUNSEL_ROLES_SQL)})
     AND sh.starts_at <= ${at.toISOString()}::timestamptz + ${sql.raw(`interval '${DUTY_EARLY_MINUTES} minutes'`)}
     AND sh.ends_at > ${at.toISOString()}::timestamptz)`;

/**
 * NO KEY UPDATE serialises one counselor's claims (it conflicts with itself) without holding up the
 * foreign-key checks (KEY SHARE) of that counselor's messages and events meanwhile, as FOR UPDATE would.
 * `on_shift` is read in the same statement: a shift deleted or shortened before the lock is already seen.
 */
const LOCK_FOR_CLAIM = statement('staff_lock_for_claim', `
  SELECT s.on_duty, s.active, s.roles, s.max_concurrent, s.display_name, ${onShiftText('s.id', '$2::timestamptz')} AS on_shift
    FROM staff s WHERE s.id = $1::uuid FOR NO KEY UPDATE OF s`);

export interface ClaimingStaff {
  onDuty: boolean;
  active: boolean;
  roles: string[];
  maxConcurrent: number;
  displayName: string;
  /** A shift of theirs covers the claim's instant (duty.rules `onShift`). */
  onShift: boolean;
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
  async lockForClaim(db: Db, id: string, at: Date): Promise<ClaimingStaff | undefined> {
    const [r] = await run<{ on_duty: boolean; active: boolean; roles: string[]; max_concurrent: number; display_name: string; on_shift: boolean }>(
      db, LOCK_FOR_CLAIM, [id, at.toISOString()]);
    return r
      ? { onDuty: r.on_duty, active: r.active, roles: r.roles, maxConcurrent: r.max_concurrent, displayName: r.display_name, onShift: r.on_shift }
      : undefined;
  },
  /**
   * Locks every active admin (in id order, so two callers queue up instead of deadlocking) and returns their ids.
   * A caller blocked here re-reads each row once it is free, so an admin demoted meanwhile is no longer counted.
   * NO KEY UPDATE, as in LOCK_FOR_CLAIM: it conflicts with itself but not with their messages' foreign-key checks.
   */
  async lockActiveAdmins(db: Db): Promise<string[]> {
    const r = await rows<{ id: string }>(db, sql`SELECT id FROM staff WHERE 'admin' = ANY(roles) AND active ORDER BY id FOR NO KEY UPDATE`);
    return r.map((x) => x.id);
  },
  /** The row, locked for the rest of the transaction (NO KEY UPDATE: claims of this person wait, their messages do not). */
  async lockById(db: Db, id: string): Promise<StaffRow | undefined> {
    const [row] = await db.select().from(staff).where(eq(staff.id, id)).for('no key update');
    return row;
  },
  /**
   * Sets duty in one statement; going on duty only while the row may counsel (active, a counselling role) and a shift
   * of theirs covers `at`, both at that moment: a role removed or a shift deleted a moment ago cannot be overtaken.
   */
  async setDuty(db: Db, id: string, onDuty: boolean, at: Date): Promise<StaffRow | undefined> {
    const mayCounsel = and(eq(staff.active, true), canCounselSql(sql`${staff.roles}`), onShiftSql(sql`${staff.id}`, at));
    const [row] = await db
      .update(staff)
      .set({ onDuty, lastSeenAt: new Date(), updatedAt: new Date() })
      .where(onDuty ? and(eq(staff.id, id), mayCounsel) : eq(staff.id, id))
      .returning();
    return row;
  },
  /** Whether a shift of this person covers `at` (duty.rules `onShift`). */
  async onShift(db: Db, id: string, at: Date): Promise<boolean> {
    const [r] = await rows<{ ok: boolean }>(db, sql`SELECT ${onShiftSql(sql`${id}::uuid`, at)} AS ok`);
    return r?.ok ?? false;
  },
  /** Login ids are stored lower-cased (a CHECK holds it), so this one comparison is case-insensitive and uses the unique index. */
  async byLoginId(db: Db, loginId: string): Promise<StaffRow | undefined> {
    const [row] = await db.select().from(staff).where(eq(staff.loginId, loginId.toLowerCase()));
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
  /**
   * Staff on duty who may counsel (canCounsel) and are on shift at `at`, their total and free chat slots (routing for
   * estimates). Someone still marked on duty after their shift ended takes no new chats, so they add no capacity.
   */
  async capacity(db: Db, at: Date): Promise<{ onDuty: number; totalSlots: number; freeSlots: number }> {
    const [r] = await rows<{ on_duty: number; total: number; free: number }>(
      db,
      sql`SELECT count(*)::int AS on_duty,
                 coalesce(sum(s.max_concurrent), 0)::int AS total,
                 coalesce(sum(greatest(s.max_concurrent - h.held, 0)), 0)::int AS free
            FROM staff s
            LEFT JOIN LATERAL (SELECT count(*)::int AS held FROM consultations c
                                WHERE c.assigned_staff_id = s.id AND c.status = 'active') h ON true
           WHERE s.on_duty AND s.active AND ${canCounselSql(sql`s.roles`)} AND ${onShiftSql(sql`s.id`, at)}`,
    );
    return { onDuty: r?.on_duty ?? 0, totalSlots: r?.total ?? 0, freeSlots: r?.free ?? 0 };
  },
};
