import { COUNSEL_ROLES, DUTY_EARLY_MINUTES } from '@hidamari/shared';
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/raw.js';
import { shifts } from '../db/schema.js';

export interface DueShift {
  id: string;
  staffId: string;
  startsAt: Date;
  endsAt: Date;
  role: string;
  onDuty: boolean;
  /** Another counselling shift of theirs carries on past this one's end (back-to-back shifts): nothing to tell them. */
  continues: boolean;
}

const COUNSEL = sql.raw(`ARRAY[${COUNSEL_ROLES.map((r) => `'${r}'`).join(', ')}]::text[]`);
const EARLY = sql.raw(`interval '${DUTY_EARLY_MINUTES} minutes'`);

type Raw = { id: string; staff_id: string; starts_at: Date | string; ends_at: Date | string; role: string; on_duty: boolean; continues: boolean };
const toDue = (r: Raw): DueShift => ({
  id: r.id, staffId: r.staff_id, startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at), role: r.role, onDuty: r.on_duty, continues: r.continues,
});

/** A later shift of the same person in a counselling role that covers the instant `at` (an SQL expression). */
const continuesAt = (at: SQL) => sql`EXISTS (
  SELECT 1 FROM shifts nx WHERE nx.staff_id = sh.staff_id AND nx.id <> sh.id AND nx.role = ANY(${COUNSEL})
     AND nx.starts_at <= ${at} + ${EARLY} AND nx.ends_at > ${at})`;

/**
 * The sweeper's shift selections: candidates only, at most `limit`, locked (the shift rows, in end order) so an admin's
 * edit of the same shift waits for the sweep or the sweep for it; the sweeper re-decides each with duty.rules.
 */
export const shiftSweepRepository = {
  /** Counselling shifts ending within (now, horizon] not yet reminded, of people on duty. */
  async dueReminders(db: Db, now: Date, horizon: Date, limit: number): Promise<DueShift[]> {
    const r = await rows<Raw>(db, sql`
      SELECT sh.id, sh.staff_id, sh.starts_at, sh.ends_at, sh.role, s.on_duty, ${continuesAt(sql`sh.ends_at`)} AS continues
        FROM shifts sh JOIN staff s ON s.id = sh.staff_id
       WHERE sh.reminded_at IS NULL AND sh.end_handled_at IS NULL AND s.on_duty AND sh.role = ANY(${COUNSEL})
         AND sh.ends_at > ${now.toISOString()}::timestamptz AND sh.ends_at <= ${horizon.toISOString()}::timestamptz
       ORDER BY sh.ends_at, sh.id LIMIT ${limit}
         FOR UPDATE OF sh`);
    return r.map(toDue);
  },

  /** Shifts whose end has passed and was not handled yet; `continues` asks whether another shift of theirs covers now. */
  async dueEnds(db: Db, now: Date, limit: number): Promise<DueShift[]> {
    const at = sql`${now.toISOString()}::timestamptz`;
    const r = await rows<Raw>(db, sql`
      SELECT sh.id, sh.staff_id, sh.starts_at, sh.ends_at, sh.role, s.on_duty, ${continuesAt(at)} AS continues
        FROM shifts sh JOIN staff s ON s.id = sh.staff_id
       WHERE sh.end_handled_at IS NULL AND sh.ends_at <= ${at}
       ORDER BY sh.ends_at, sh.id LIMIT ${limit}
         FOR UPDATE OF sh`);
    return r.map(toDue);
  },

  async markReminded(db: Db, ids: readonly string[], now: Date): Promise<void> {
    if (ids.length) await db.update(shifts).set({ remindedAt: now }).where(inArray(shifts.id, [...ids]));
  },

  async markEndHandled(db: Db, ids: readonly string[], now: Date): Promise<void> {
    if (ids.length) await db.update(shifts).set({ endHandledAt: now }).where(inArray(shifts.id, [...ids]));
  },
};
