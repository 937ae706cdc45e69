import { and, asc, desc, eq, getTableColumns, gt, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rowMapper, run, statement } from '../db/prepared.js';
import { consultationEvents, consultations, staff } from '../db/schema.js';
import type { ConsultationRow } from './consultation.mapper.js';
import { sealOrNull } from '../crypto/index.js';
import { sealEventData } from '../crypto/event-data.js';

export type NewConsultation = typeof consultations.$inferInsert;

const fromRaw = rowMapper(consultations);

/**
 * Takes a queued consultation for $2 if they hold fewer than $3 active chats, and records the event.
 * Run it while holding the staff row lock: this statement's snapshot then already sees every claim
 * that counselor committed, so the count is exact; the conditional UPDATE decides races between counselors.
 */
const CLAIM = statement('consultation_claim', `
  WITH won AS (
    UPDATE consultations
       SET status = 'active', assigned_staff_id = $2::uuid, claimed_at = now(), last_activity_at = now()
     WHERE id = $1::uuid AND status = 'queued'
       AND (SELECT count(*) FROM consultations h WHERE h.assigned_staff_id = $2::uuid AND h.status = 'active') < $3::int
    RETURNING *),
  ev AS (
    INSERT INTO consultation_events (consultation_id, type, actor_staff_id)
    SELECT id, 'claimed', $2::uuid FROM won)
  SELECT * FROM won`);

const CLAIM_STATE = statement('consultation_claim_state', `
  SELECT c.status, c.assigned_staff_id,
         (SELECT count(*)::int FROM consultations h WHERE h.assigned_staff_id = $2::uuid AND h.status = 'active') AS held
    FROM consultations c WHERE c.id = $1::uuid`);

// The outer row is named in full: drizzle renders `${col}` unqualified, which inside the subquery would mean h.history_id.
const queuedHistoryCount = sql<number>`(CASE WHEN ${consultations.historyId} IS NULL THEN 0 ELSE
  (SELECT count(*)::int - 1 FROM consultations h WHERE h.history_id = consultations.history_id) END)`.mapWith(Number);

const queueOrder = [desc(consultations.riskRank), desc(consultations.priority), asc(consultations.createdAt), asc(consultations.id)];

/** Everyone waiting: an index-only count over the partial queue index (status = 'queued'), never the rows themselves. */
const QUEUE_TOTAL = statement('queue_total', `SELECT count(*)::int AS n FROM consultations WHERE status = 'queued'`);

/**
 * How many wait ahead of $1 in queue order (risk_rank DESC, priority DESC, created_at, id), or no row when it is
 * not queued. The order mixes directions, so one row comparison cannot express "ahead"; the three counts
 * (higher risk; same risk and higher priority; same both and earlier) are each one range of the queue index,
 * so the cost grows with the position, not with the queue.
 */
const QUEUE_AHEAD = statement('queue_ahead', `
  SELECT (SELECT count(*) FROM consultations c
           WHERE c.status = 'queued' AND c.risk_rank > me.risk_rank)
       + (SELECT count(*) FROM consultations c
           WHERE c.status = 'queued' AND c.risk_rank = me.risk_rank AND c.priority > me.priority)
       + (SELECT count(*) FROM consultations c
           WHERE c.status = 'queued' AND c.risk_rank = me.risk_rank AND c.priority = me.priority
             AND (c.created_at, c.id) < (me.created_at, me.id)) AS ahead,
         me.preferred_mode, me.preferred_until
    FROM consultations me WHERE me.id = $1::uuid AND me.status = 'queued'`);

export const consultationRepository = {
  async insert(db: Db, values: NewConsultation): Promise<ConsultationRow> {
    // The preview is conversation content: sealed at rest like the messages (the mapper opens it).
    const [row] = await db.insert(consultations).values({ ...values, preview: sealOrNull(values.preview) }).returning();
    return row!;
  },

  async byId(db: Db, id: string): Promise<ConsultationRow | undefined> {
    const [row] = await db.select().from(consultations).where(eq(consultations.id, id));
    return row;
  },

  async byIdForUpdate(db: Db, id: string): Promise<ConsultationRow | undefined> {
    const [row] = await db.select().from(consultations).where(eq(consultations.id, id)).for('update');
    return row;
  },

  async byTokenHash(db: Db, tokenHash: string): Promise<ConsultationRow | undefined> {
    const [row] = await db.select().from(consultations).where(eq(consultations.visitorTokenHash, tokenHash));
    return row;
  },

  async rotateToken(db: Db, resumeCodeHash: string, tokenHash: string): Promise<ConsultationRow | undefined> {
    const [row] = await db
      .update(consultations)
      .set({ visitorTokenHash: tokenHash, visitorSeenAt: new Date() })
      .where(eq(consultations.resumeCodeHash, resumeCodeHash))
      .returning();
    return row;
  },

  async update(db: Db, id: string, values: Partial<NewConsultation>): Promise<ConsultationRow> {
    const [row] = await db.update(consultations).set(values).where(eq(consultations.id, id)).returning();
    return row!;
  },

  /** Issue 12: `historyCount` (others in the same history) by a correlated count on the history index, only for linked rows. */
  async queued(db: Db, limit: number): Promise<(ConsultationRow & { historyCount: number })[]> {
    return db
      .select({ ...getTableColumns(consultations), historyCount: queuedHistoryCount })
      .from(consultations).where(eq(consultations.status, 'queued')).orderBy(...queueOrder).limit(limit);
  },

  async queuedTotal(db: Db): Promise<number> {
    const [r] = await run<{ n: number }>(db, QUEUE_TOTAL, []);
    return r?.n ?? 0;
  },

  /** Those waiting ahead of this consultation, or undefined when it is not queued. */
  async queuedAhead(db: Db, id: string): Promise<number | undefined> {
    return (await consultationRepository.queuedPlace(db, id))?.ahead;
  },

  /** `queuedAhead` with the row's reservation for an asked-for counselor (issue 12: a visitor waiting for them is told until when). */
  async queuedPlace(db: Db, id: string): Promise<{ ahead: number; preferredMode: ConsultationRow['preferredMode']; preferredUntil: Date | null } | undefined> {
    const [r] = await run<{ ahead: string | number; preferred_mode: ConsultationRow['preferredMode']; preferred_until: Date | string | null }>(
      db, QUEUE_AHEAD, [id]);
    return r
      ? { ahead: Number(r.ahead), preferredMode: r.preferred_mode, preferredUntil: r.preferred_until === null ? null : new Date(r.preferred_until) }
      : undefined;
  },

  /** The claim itself (see CLAIM): the won row, or undefined when it was not queued or the counselor is full. */
  async claimWithin(db: Db, id: string, staffId: string, maxConcurrent: number): Promise<ConsultationRow | undefined> {
    const [raw] = await run<Record<string, unknown>>(db, CLAIM, [id, staffId, maxConcurrent]);
    return raw ? fromRaw(raw) : undefined;
  },

  /** Why a claim did not win: the consultation's state now and how many chats the counselor holds. */
  async claimState(db: Db, id: string, staffId: string): Promise<{ status: ConsultationRow['status']; assignedStaffId: string | null; held: number } | undefined> {
    const [r] = await run<{ status: ConsultationRow['status']; assigned_staff_id: string | null; held: number }>(db, CLAIM_STATE, [id, staffId]);
    return r ? { status: r.status, assignedStaffId: r.assigned_staff_id, held: r.held } : undefined;
  },

  async activeFor(db: Db, staffId: string): Promise<ConsultationRow[]> {
    return db
      .select()
      .from(consultations)
      .where(and(eq(consultations.assignedStaffId, staffId), eq(consultations.status, 'active')))
      .orderBy(asc(consultations.claimedAt));
  },


  /** Durations (seconds) of the most recent closed consultations that a counselor took. */
  async recentHandleSeconds(db: Db, limit: number): Promise<number[]> {
    const r = await db
      .select({ s: sql<number>`extract(epoch from (${consultations.closedAt} - ${consultations.claimedAt}))::float8` })
      .from(consultations)
      .where(and(eq(consultations.status, 'closed'), isNotNull(consultations.claimedAt), gt(consultations.closedAt, sql`now() - interval '30 days'`)))
      .orderBy(desc(consultations.closedAt))
      .limit(limit);
    return r.map((x) => Number(x.s));
  },


  async addEvent(db: Db, consultationId: string, type: string, actorStaffId?: string | null, data: object = {}): Promise<void> {
    await db.insert(consultationEvents).values({ consultationId, type, actorStaffId: actorStaffId ?? null, data: sealEventData(type, data) });
  },


  async counselorName(db: Db, staffId: string | null): Promise<string | null> {
    if (!staffId) return null;
    const [r] = await db.select({ n: staff.displayName }).from(staff).where(eq(staff.id, staffId));
    return r?.n ?? null;
  },
};
