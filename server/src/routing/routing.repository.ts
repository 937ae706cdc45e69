import { COUNSEL_ROLES, type PreferredMode } from '@hidamari/shared';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/raw.js';
import { consultations } from '../db/schema.js';
import { canCounselSql, onShiftSql } from '../staff/staff.repository.js';
import type { AskedFor, PreferredFacts, ShiftSpan } from './routing.rules.js';

const COUNSEL = sql.raw(`ARRAY[${COUNSEL_ROLES.map((r) => `'${r}'`).join(', ')}]::text[]`);
const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** A reservation in force; `shiftStartsAt`: their earliest counselling shift starting after now, before the reservation ends. */
export interface PreferredRow extends PreferredFacts {
  consultationId: string;
}

type RawPreferred = { id: string; staff_id: string; name: string; mode: PreferredMode; until: Date | string; shift: Date | string | null };

export const routingRepository = {
  /**
   * The assignee of the latest earlier consultation of the history that had one (the "same counselor"), as they are
   * now: whether they may counsel and are on duty within a shift (the claim's own tests, in one statement).
   */
  async askedFor(db: Db, historyId: string, consultationId: string, now: Date): Promise<AskedFor | null> {
    const [r] = await rows<{ id: string; active: boolean; roles: string[]; on_duty: boolean; on_shift: boolean }>(db, sql`
      SELECT s.id, s.active, s.roles, s.on_duty, ${onShiftSql(sql`s.id`, now)} AS on_shift
        FROM consultations c JOIN staff s ON s.id = c.assigned_staff_id
       WHERE c.history_id = ${historyId}::uuid AND c.id <> ${consultationId}::uuid AND c.assigned_staff_id IS NOT NULL
       ORDER BY c.created_at DESC, c.id DESC LIMIT 1`);
    return r ? { staffId: r.id, active: r.active, roles: r.roles, onDuty: r.on_duty && r.on_shift } : null;
  },

  /** Their next counselling shift on the roster: the first that starts after `now`. */
  async nextShift(db: Db, staffId: string, now: Date): Promise<ShiftSpan | null> {
    const [r] = await rows<{ starts_at: Date | string; ends_at: Date | string }>(db, sql`
      SELECT starts_at, ends_at FROM shifts
       WHERE staff_id = ${staffId}::uuid AND role = ANY(${COUNSEL}) AND starts_at > ${at(now)}
       ORDER BY starts_at LIMIT 1`);
    return r ? { startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at) } : null;
  },

  /** Members of `team` who could take a chat now: active, counselling, on duty and on shift (as teamClaimFacts counts). */
  async membersOnDuty(db: Db, team: string, now: Date): Promise<number> {
    const [r] = await rows<{ n: number }>(db, sql`
      SELECT count(*)::int AS n FROM staff s
       WHERE ${team} = ANY(s.teams) AND s.active AND s.on_duty AND ${canCounselSql(sql`s.roles`)} AND ${onShiftSql(sql`s.id`, now)}`);
    return r?.n ?? 0;
  },

  /** The reservations in force among these consultations, with the counselor's name and the start of the awaited shift. */
  async preferredFor(db: Db, ids: readonly string[], now: Date): Promise<PreferredRow[]> {
    if (ids.length === 0) return [];
    const r = await rows<RawPreferred>(db, sql`
      SELECT c.id, c.preferred_staff_id AS staff_id, s.display_name AS name, c.preferred_mode AS mode, c.preferred_until AS until,
             (SELECT min(sh.starts_at) FROM shifts sh
               WHERE sh.staff_id = c.preferred_staff_id AND sh.role = ANY(${COUNSEL})
                 AND sh.starts_at > ${at(now)} AND sh.starts_at < c.preferred_until) AS shift
        FROM consultations c JOIN staff s ON s.id = c.preferred_staff_id
       WHERE c.id = ANY(${`{${ids.join(',')}}`}::uuid[])
         AND c.status = 'queued' AND c.preferred_until > ${at(now)}`);
    return r.map((x) => ({
      consultationId: x.id, staffId: x.staff_id, name: x.name, mode: x.mode, until: new Date(x.until),
      shiftStartsAt: x.shift === null ? null : new Date(x.shift),
    }));
  },

  async reserve(db: Db, id: string, values: { staffId: string; mode: PreferredMode; until: Date }): Promise<void> {
    await db.update(consultations)
      .set({ preferredStaffId: values.staffId, preferredMode: values.mode, preferredUntil: values.until })
      .where(eq(consultations.id, id));
  },

  async setMode(db: Db, id: string, mode: PreferredMode): Promise<void> {
    await db.update(consultations).set({ preferredMode: mode }).where(eq(consultations.id, id));
  },

  async requestTeam(db: Db, id: string, team: string): Promise<void> {
    await db.update(consultations).set({ requestedTeam: team }).where(eq(consultations.id, id));
  },

  async release(db: Db, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await db.update(consultations)
      .set({ preferredStaffId: null, preferredMode: null, preferredUntil: null })
      .where(inArray(consultations.id, [...ids]));
  },

  /**
   * Waiting chats whose reservation has run out (the partial preferred index), oldest first, locked; one a claim or a
   * choice holds now is skipped and taken by a later round, when it is read again as it then is.
   */
  async lapsed(db: Db, now: Date, limit: number): Promise<{ id: string; staffId: string | null }[]> {
    const r = await rows<{ id: string; preferred_staff_id: string | null }>(db, sql`
      SELECT id, preferred_staff_id FROM consultations
       WHERE status = 'queued' AND preferred_until IS NOT NULL AND preferred_until <= ${at(now)}
       ORDER BY preferred_until, id LIMIT ${limit}
         FOR UPDATE SKIP LOCKED`);
    return r.map((x) => ({ id: x.id, staffId: x.preferred_staff_id }));
  },
};
