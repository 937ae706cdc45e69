import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/raw.js';
import { handoffs } from '../db/schema.js';
import { canCounselSql, onShiftSql } from '../staff/staff.repository.js';
import type { HandoffStatus } from './handoff.rules.js';
import { openOrNull, sealOrNull } from '../crypto/index.js';

export type HandoffRow = typeof handoffs.$inferSelect;
export type NewHandoff = typeof handoffs.$inferInsert;

export interface ColleagueRow {
  id: string;
  displayName: string;
  active: boolean;
  roles: string[];
  teams: string[];
  onDuty: boolean;
  onShift: boolean;
  maxConcurrent: number;
  load: number;
}

interface RawColleague {
  id: string;
  display_name: string;
  active: boolean;
  roles: string[];
  teams: string[];
  on_duty: boolean;
  on_shift: boolean;
  max_concurrent: number;
  load: number;
}

const toColleague = (r: RawColleague): ColleagueRow => ({
  id: r.id, displayName: r.display_name, active: r.active, roles: r.roles, teams: r.teams, onDuty: r.on_duty, onShift: r.on_shift,
  maxConcurrent: r.max_concurrent, load: r.load,
});

/** A staff member's duty, shift and load at `at`, in one statement so the three agree. */
const colleagueSql = (at: Date) => sql`
  SELECT s.id, s.display_name, s.active, s.roles, s.teams, s.on_duty, s.max_concurrent, ${onShiftSql(sql`s.id`, at)} AS on_shift,
         (SELECT count(*)::int FROM consultations c WHERE c.assigned_staff_id = s.id AND c.status = 'active') AS load
    FROM staff s`;

/** A hand-off's note is conversation content: sealed at rest, opened on every row this repository returns. */
const withNote = (row: HandoffRow): HandoffRow => ({ ...row, note: openOrNull(row.note) });

export const handoffRepository = {
  async insert(db: Db, values: NewHandoff): Promise<HandoffRow> {
    const [row] = await db.insert(handoffs).values({ ...values, note: sealOrNull(values.note) }).returning();
    return withNote(row!);
  },

  async byId(db: Db, id: string): Promise<HandoffRow | undefined> {
    const [row] = await db.select().from(handoffs).where(eq(handoffs.id, id));
    return row && withNote(row);
  },

  /** Lock the consultation first (every path does, then the hand-off), so an answer and a transfer never deadlock. */
  async byIdForUpdate(db: Db, id: string): Promise<HandoffRow | undefined> {
    const [row] = await db.select().from(handoffs).where(eq(handoffs.id, id)).for('update');
    return row && withNote(row);
  },

  /** Offers of this consultation still waiting for an answer at `now`. */
  async openFor(db: Db, consultationId: string, now: Date): Promise<HandoffRow[]> {
    return (await db
      .select()
      .from(handoffs)
      .where(and(eq(handoffs.consultationId, consultationId), eq(handoffs.status, 'offered'), gt(handoffs.expiresAt, now)))
      .for('update')).map(withNote);
  },

  /** Ends an offer; the note leaves the row with it (it lives on as the staff-only message, or not at all). */
  async finish(db: Db, id: string, status: Exclude<HandoffStatus, 'offered'>, at: Date): Promise<HandoffRow> {
    const [row] = await db.update(handoffs).set({ status, respondedAt: at, note: null }).where(eq(handoffs.id, id)).returning();
    return row!;
  },

  /** Unanswered offers whose time is up, oldest first, locked (an answer committing meanwhile drops out of the set). */
  async lapsed(db: Db, now: Date, limit: number): Promise<HandoffRow[]> {
    return (await db
      .select()
      .from(handoffs)
      .where(and(eq(handoffs.status, 'offered'), lte(handoffs.expiresAt, now)))
      .orderBy(asc(handoffs.expiresAt), asc(handoffs.id))
      .limit(limit)
      .for('update')).map(withNote);
  },

  async colleague(db: Db, staffId: string, at: Date): Promise<ColleagueRow | undefined> {
    const [r] = await rows<RawColleague>(db, sql`${colleagueSql(at)} WHERE s.id = ${staffId}::uuid`);
    return r ? toColleague(r) : undefined;
  },

  /** Everyone who could take a warm hand-off now: active, in a counselling role, on duty and on shift. */
  async onDuty(db: Db, at: Date): Promise<ColleagueRow[]> {
    const r = await rows<RawColleague>(
      db,
      sql`${colleagueSql(at)} WHERE s.active AND s.on_duty AND ${canCounselSql(sql`s.roles`)} AND ${onShiftSql(sql`s.id`, at)}`,
    );
    return r.map(toColleague);
  },

  /** Every team an active counselling staff member belongs to, with how many of its members are on duty and on shift. */
  async teams(db: Db, at: Date): Promise<{ team: string; onDuty: number }[]> {
    const r = await rows<{ team: string; on_duty: number }>(
      db,
      sql`SELECT t.team, count(*) FILTER (WHERE s.on_duty AND ${onShiftSql(sql`s.id`, at)})::int AS on_duty
            FROM staff s CROSS JOIN LATERAL unnest(s.teams) AS t(team)
           WHERE s.active AND ${canCounselSql(sql`s.roles`)}
           GROUP BY t.team ORDER BY t.team`,
    );
    return r.map((x) => ({ team: x.team, onDuty: x.on_duty }));
  },

  /** For a claim of a chat sent to `team`: the claimant's teams, and how many members of that team are on duty now. */
  async teamClaimFacts(db: Db, team: string, staffId: string, at: Date): Promise<{ teams: string[]; membersOnDuty: number }> {
    const [r] = await rows<{ teams: string[] | null; members: number }>(
      db,
      sql`SELECT (SELECT teams FROM staff WHERE id = ${staffId}::uuid) AS teams,
                 (SELECT count(*)::int FROM staff s
                   WHERE ${team} = ANY(s.teams) AND s.active AND s.on_duty AND ${canCounselSql(sql`s.roles`)}
                     AND ${onShiftSql(sql`s.id`, at)}) AS members`,
    );
    return { teams: r?.teams ?? [], membersOnDuty: r?.members ?? 0 };
  },
};
