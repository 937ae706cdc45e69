import type { RiskLevel } from '@hidamari/shared';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rowMapper, run, statement } from '../db/prepared.js';
import { consultationEvents, consultations, settings, staff } from '../db/schema.js';
import type { ConsultationRow } from '../consultation/consultation.mapper.js';
import { onShiftSql } from '../staff/staff.repository.js';
import { openEventData, sealEventData } from '../crypto/event-data.js';

export const RISK_PHRASES_KEY = 'riskPhrases';

const fromRaw = rowMapper(consultations);

/**
 * Raises the level only, and records why, in one statement: the conditional UPDATE decides two scorings at once (or a
 * scoring racing a person's change) without a lock taken beforehand, so a level is never lowered by a match.
 */
const RAISE = statement('risk_raise', `
  WITH raised AS (
    UPDATE consultations SET risk_level = $2::text, risk_rank = $3::int
     WHERE id = $1::uuid AND risk_rank < $3::int AND status <> 'closed'
    RETURNING *),
  ev AS (
    INSERT INTO consultation_events (consultation_id, type, data)
    SELECT id, 'risk_flagged', $4::jsonb FROM raised)
  SELECT * FROM raised`);

/** Risk triage's SQL: the phrase list's row in settings, the one-way raise, and who is told. */
export const riskRepository = {
  /** When the phrase list was last saved, to the microsecond (one primary-key read), or null while the default applies. */
  async phrasesStamp(db: Db): Promise<string | null> {
    const [r] = await db.select({ at: sql<string>`${settings.updatedAt}::text` }).from(settings).where(eq(settings.key, RISK_PHRASES_KEY));
    return r?.at ?? null;
  },

  async phrasesRow(db: Db): Promise<{ value: unknown; at: string } | undefined> {
    const [r] = await db
      .select({ value: settings.value, at: sql<string>`${settings.updatedAt}::text` })
      .from(settings)
      .where(eq(settings.key, RISK_PHRASES_KEY));
    return r;
  },

  /** See RAISE: the raised row, or undefined when it already stood as high or higher, or is closed. */
  async raise(db: Db, consultationId: string, level: RiskLevel, rank: number, data: { level: RiskLevel; matched: string[] }): Promise<ConsultationRow | undefined> {
    const [raw] = await run<Record<string, unknown>>(db, RAISE, [consultationId, level, rank, JSON.stringify(sealEventData('risk_flagged', data))]);
    return raw ? fromRaw(raw) : undefined;
  },

  async setLevel(db: Db, consultationId: string, level: RiskLevel, rank: number): Promise<ConsultationRow> {
    const [row] = await db.update(consultations).set({ riskLevel: level, riskRank: rank }).where(eq(consultations.id, consultationId)).returning();
    return row!;
  },

  /** Supervisors on duty now: active, on duty and within a shift (the same test capacity uses). */
  async onDutySupervisorIds(db: Db, at: Date): Promise<string[]> {
    const r = await db
      .select({ id: staff.id })
      .from(staff)
      .where(and(eq(staff.active, true), eq(staff.onDuty, true), sql`'supervisor' = ANY(${staff.roles})`, onShiftSql(sql`${staff.id}`, at)));
    return r.map((x) => x.id);
  },

  /** The `data` of every 'risk_flagged' event of the consultation, oldest first. */
  async flaggedData(db: Db, consultationId: string): Promise<unknown[]> {
    const r = await db
      .select({ data: consultationEvents.data })
      .from(consultationEvents)
      .where(and(eq(consultationEvents.consultationId, consultationId), eq(consultationEvents.type, 'risk_flagged')))
      .orderBy(asc(consultationEvents.id));
    return r.map((x) => openEventData('risk_flagged', x.data));
  },
};
