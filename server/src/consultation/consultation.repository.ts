import { and, asc, desc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { consultationEvents, consultations, staff } from '../db/schema.js';
import type { ConsultationRow } from './consultation.mapper.js';

export type NewConsultation = typeof consultations.$inferInsert;

const queueOrder = [desc(consultations.riskRank), desc(consultations.priority), asc(consultations.createdAt), asc(consultations.id)];

export const consultationRepository = {
  async insert(db: Db, values: NewConsultation): Promise<ConsultationRow> {
    const [row] = await db.insert(consultations).values(values).returning();
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

  async queued(db: Db, limit: number): Promise<ConsultationRow[]> {
    return db.select().from(consultations).where(eq(consultations.status, 'queued')).orderBy(...queueOrder).limit(limit);
  },

  async queuedIds(db: Db): Promise<string[]> {
    const r = await db.select({ id: consultations.id }).from(consultations).where(eq(consultations.status, 'queued')).orderBy(...queueOrder);
    return r.map((x) => x.id);
  },

  async claimIfQueued(db: Db, id: string, staffId: string): Promise<ConsultationRow | undefined> {
    const now = new Date();
    const [row] = await db
      .update(consultations)
      .set({ status: 'active', assignedStaffId: staffId, claimedAt: now, lastActivityAt: now })
      .where(and(eq(consultations.id, id), eq(consultations.status, 'queued')))
      .returning();
    return row;
  },

  async activeFor(db: Db, staffId: string): Promise<ConsultationRow[]> {
    return db
      .select()
      .from(consultations)
      .where(and(eq(consultations.assignedStaffId, staffId), eq(consultations.status, 'active')))
      .orderBy(asc(consultations.claimedAt));
  },

  async countActiveFor(db: Db, staffId: string): Promise<number> {
    const [r] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(consultations)
      .where(and(eq(consultations.assignedStaffId, staffId), eq(consultations.status, 'active')));
    return r?.n ?? 0;
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
    await db.insert(consultationEvents).values({ consultationId, type, actorStaffId: actorStaffId ?? null, data });
  },


  async counselorName(db: Db, staffId: string | null): Promise<string | null> {
    if (!staffId) return null;
    const [r] = await db.select({ n: staff.displayName }).from(staff).where(eq(staff.id, staffId));
    return r?.n ?? null;
  },
};
