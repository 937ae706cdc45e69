import type { Escalation, EscalationLevel, EscalationNotified } from '@hidamari/shared';
import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/raw.js';
import { escalations, staff } from '../db/schema.js';
import { canCounselSql, onShiftSql } from '../staff/staff.repository.js';
import { toEscalation, type EscalationViewRow } from './escalation.mapper.js';
import type { ListScope } from './escalation.rules.js';
import { sealOrNull } from '../crypto/index.js';

export type EscalationRow = typeof escalations.$inferSelect;

/** What the 'escalated' event row keeps besides the escalation itself: who was alerted (the table has no column for it). */
export interface EscalatedEventData {
  escalationId: string;
  level: EscalationLevel;
  notified: EscalationNotified;
  alerted: string[];
}

/** An escalation as staff see it: names, the chat's summary, and what the event rows tell (who was alerted, the ack note). */
const VIEW = sql`
  SELECT e.id, e.consultation_id, e.level, e.status, e.note, e.created_at, e.realerted_at, e.acknowledged_at, e.resolved_at,
         e.resolution_note, e.raised_by, rb.display_name AS raised_by_name, e.acknowledged_by, ab.display_name AS acknowledged_by_name,
         e.resolved_by, sb.display_name AS resolved_by_name, c.topic, c.audience, c.risk_level, cs.display_name AS counselor_name,
         coalesce(ev.data->>'notified', 'supervisors') AS notified, ak.data->>'note' AS ack_note
    FROM escalations e
    JOIN consultations c ON c.id = e.consultation_id
    LEFT JOIN staff rb ON rb.id = e.raised_by
    LEFT JOIN staff ab ON ab.id = e.acknowledged_by
    LEFT JOIN staff sb ON sb.id = e.resolved_by
    LEFT JOIN staff cs ON cs.id = c.assigned_staff_id
    LEFT JOIN LATERAL (SELECT x.data FROM consultation_events x WHERE x.consultation_id = e.consultation_id AND x.type = 'escalated'
                          AND x.data->>'escalationId' = e.id::text ORDER BY x.id LIMIT 1) ev ON true
    LEFT JOIN LATERAL (SELECT x.data FROM consultation_events x WHERE x.consultation_id = e.consultation_id
                          AND x.type = 'escalation_acknowledged' AND x.data->>'escalationId' = e.id::text ORDER BY x.id LIMIT 1) ak ON true`;

/** Admins were alerted: nobody else was on duty when it was raised, or it was raised again. */
const ADMINS_ALERTED = sql`(e.realerted_at IS NOT NULL OR ev.data->>'notified' = 'admins')`;
const URGENCY_ORDER = sql`CASE e.level WHEN 'emergency' THEN 2 WHEN 'urgent' THEN 1 ELSE 0 END DESC, e.created_at, e.id`;
/** The most a list returns: more than this many unresolved escalations is an emergency of its own. */
export const ESCALATION_LIST_LIMIT = 200;

async function view(db: Db, where: SQL, limit = ESCALATION_LIST_LIMIT): Promise<Escalation[]> {
  return (await rows<EscalationViewRow>(db, sql`${VIEW} WHERE ${where} ORDER BY ${URGENCY_ORDER} LIMIT ${limit}`)).map(toEscalation);
}

/** SQL only; the supervision dashboard reads the unresolved list through `listUnresolved` as well. */
export const escalationRepository = {
  async insert(db: Db, values: typeof escalations.$inferInsert): Promise<EscalationRow> {
    // Notes are conversation content: sealed at rest (the mapper opens them).
    const [row] = await db.insert(escalations).values({ ...values, note: sealOrNull(values.note) }).returning();
    return { ...row!, note: values.note ?? null };
  },

  async lockById(db: Db, id: string): Promise<EscalationRow | undefined> {
    const [row] = await db.select().from(escalations).where(eq(escalations.id, id)).for('update');
    return row;
  },

  async update(db: Db, id: string, values: Partial<typeof escalations.$inferInsert>): Promise<void> {
    const sealed = 'resolutionNote' in values ? { ...values, resolutionNote: sealOrNull(values.resolutionNote) } : values;
    await db.update(escalations).set(sealed).where(eq(escalations.id, id));
  },

  async viewById(db: Db, id: string): Promise<Escalation | undefined> {
    return (await view(db, sql`e.id = ${id}::uuid`, 1))[0];
  },

  /** Levels of this chat's escalations that are not resolved yet. */
  async unresolvedLevels(db: Db, consultationId: string): Promise<EscalationLevel[]> {
    const r = await db.select({ level: escalations.level }).from(escalations)
      .where(and(eq(escalations.consultationId, consultationId), ne(escalations.status, 'resolved')));
    return r.map((x) => x.level);
  },

  /**
   * Open and acknowledged escalations, most urgent first: all of them (`all`), those that reached admins plus one's own
   * (`admins-alerted`), or one's own (`own`); optionally only those of some chats.
   */
  async listUnresolved(db: Db, opts: { scope: ListScope; staffId?: string; consultationIds?: readonly string[] } = { scope: 'all' }): Promise<Escalation[]> {
    const mine = opts.staffId ? sql`e.raised_by = ${opts.staffId}::uuid` : sql`false`;
    const scope = opts.scope === 'all' ? sql`true` : opts.scope === 'admins-alerted' ? sql`(${ADMINS_ALERTED} OR ${mine})` : mine;
    const chats = opts.consultationIds
      ? opts.consultationIds.length ? sql`e.consultation_id IN (${sql.join(opts.consultationIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`
      : sql`true`;
    return view(db, sql`e.status <> 'resolved' AND ${scope} AND ${chats}`);
  },

  /** Whether admins were alerted to this escalation (they may then act on it). */
  async adminsAlerted(db: Db, id: string): Promise<boolean> {
    const [r] = await rows<{ ok: boolean }>(db, sql`
      SELECT ${ADMINS_ALERTED} AS ok FROM escalations e
        LEFT JOIN LATERAL (SELECT x.data FROM consultation_events x WHERE x.consultation_id = e.consultation_id AND x.type = 'escalated'
                              AND x.data->>'escalationId' = e.id::text ORDER BY x.id LIMIT 1) ev ON true
       WHERE e.id = ${id}::uuid`);
    return r?.ok ?? false;
  },

  /** Everyone an escalation's event rows name: the actors, and whoever each alert reached. */
  async namedInEvents(db: Db, consultationId: string, id: string): Promise<string[]> {
    const r = await rows<{ actor: string | null; alerted: string[] | null }>(db, sql`
      SELECT actor_staff_id AS actor, data->'alerted' AS alerted FROM consultation_events
       WHERE consultation_id = ${consultationId}::uuid AND data->>'escalationId' = ${id}`);
    return r.flatMap((x) => [...(x.actor ? [x.actor] : []), ...(Array.isArray(x.alerted) ? x.alerted : [])]);
  },

  /** Supervisors who are on duty and on shift at `at` (the same duty rule as claims), in id order. */
  async onDutySupervisorIds(db: Db, at: Date): Promise<string[]> {
    const r = await db.select({ id: staff.id }).from(staff)
      .where(and(eq(staff.active, true), eq(staff.onDuty, true), sql`'supervisor' = ANY(${staff.roles})`,
        canCounselSql(sql`${staff.roles}`), onShiftSql(sql`${staff.id}`, at)))
      .orderBy(staff.id);
    return r.map((x) => x.id);
  },

  async activeAdminIds(db: Db): Promise<string[]> {
    const r = await db.select({ id: staff.id }).from(staff).where(and(eq(staff.active, true), sql`'admin' = ANY(${staff.roles})`)).orderBy(staff.id);
    return r.map((x) => x.id);
  },

  /**
   * Open emergencies created at or before `cutoff` and never re-alerted: candidates only, at most `limit`, locked in id
   * order. An acknowledgement committed meanwhile is seen once the lock is ours (the row no longer matches).
   */
  async dueRealerts(db: Db, cutoff: Date, limit: number): Promise<EscalationRow[]> {
    return db.select().from(escalations)
      .where(and(eq(escalations.level, 'emergency'), eq(escalations.status, 'open'), sql`${escalations.realertedAt} IS NULL`,
        sql`${escalations.createdAt} <= ${cutoff.toISOString()}::timestamptz`))
      .orderBy(escalations.id)
      .limit(limit)
      .for('update');
  },

  async markRealerted(db: Db, ids: readonly string[], at: Date): Promise<void> {
    if (ids.length) await db.update(escalations).set({ realertedAt: at }).where(inArray(escalations.id, [...ids]));
  },
};
