import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { consultationHistories, consultations, messages, staff } from '../db/schema.js';

export type HistoryMemberRow = Pick<
  typeof consultations.$inferSelect,
  'id' | 'status' | 'createdAt' | 'closedAt' | 'topic' | 'audience' | 'outcome' | 'tags' | 'assignedStaffId' | 'contentPurgedAt'
> & { counselorName: string | null };

export const historyRepository = {
  /** The history a return key opens, or undefined; `lock` holds its row (a concurrent keep, forget or deletion waits). */
  async byKeyHash(db: Db, keyHash: string, { lock = false } = {}): Promise<string | undefined> {
    const q = db.select({ id: consultationHistories.id }).from(consultationHistories).where(eq(consultationHistories.returnKeyHash, keyHash));
    const [r] = lock ? await q.for('update') : await q;
    return r?.id;
  },

  async create(db: Db): Promise<string> {
    const [r] = await db.insert(consultationHistories).values({}).returning({ id: consultationHistories.id });
    return r!.id;
  },

  /** One key per history: a new hash replaces the old one (which then opens nothing); null forgets it. */
  async setKeyHash(db: Db, historyId: string, keyHash: string | null): Promise<void> {
    await db.update(consultationHistories).set({ returnKeyHash: keyHash }).where(eq(consultationHistories.id, historyId));
  },

  /** The consultations of a history, oldest first, with their counselor's name. */
  async members(db: Db, historyId: string): Promise<HistoryMemberRow[]> {
    return db
      .select({
        id: consultations.id, status: consultations.status, createdAt: consultations.createdAt, closedAt: consultations.closedAt,
        topic: consultations.topic, audience: consultations.audience, outcome: consultations.outcome, tags: consultations.tags,
        assignedStaffId: consultations.assignedStaffId, contentPurgedAt: consultations.contentPurgedAt, counselorName: staff.displayName,
      })
      .from(consultations)
      .leftJoin(staff, eq(staff.id, consultations.assignedStaffId))
      .where(eq(consultations.historyId, historyId))
      .orderBy(asc(consultations.createdAt), asc(consultations.id));
  },

  /** The members' rows locked, for a whole-history deletion. */
  async lockMembers(db: Db, historyId: string): Promise<{ id: string; status: HistoryMemberRow['status'] }[]> {
    return db.select({ id: consultations.id, status: consultations.status }).from(consultations)
      .where(eq(consultations.historyId, historyId)).orderBy(asc(consultations.id)).for('update');
  },

  /** Consultations linked to this one (the same history, not itself): an index range on the history index. */
  async othersCount(db: Db, historyId: string, consultationId: string): Promise<number> {
    const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(consultations)
      .where(and(eq(consultations.historyId, historyId), ne(consultations.id, consultationId)));
    return Number(r?.n ?? 0);
  },

  /** The referral cards sent in the history's consultations whose content is still kept, newest first (opened). */
  async sealedCards(db: Db, historyId: string): Promise<string[]> {
    const live = db.select({ id: consultations.id }).from(consultations)
      .where(and(eq(consultations.historyId, historyId), isNull(consultations.contentPurgedAt)));
    const r = await db.select({ card: messages.card }).from(messages)
      .where(and(inArray(messages.consultationId, live), eq(messages.kind, 'card')))
      .orderBy(desc(messages.createdAt), desc(messages.seq));
    return r.flatMap((x) => (x.card === null ? [] : [x.card]));
  },

  /** Whether this counselor holds an open chat of the history (the one a linked visitor returned with). */
  async holdsOpenIn(db: Db, staffId: string, historyId: string): Promise<boolean> {
    const [r] = await db.select({ id: consultations.id }).from(consultations)
      .where(and(eq(consultations.historyId, historyId), eq(consultations.assignedStaffId, staffId), ne(consultations.status, 'closed')))
      .limit(1);
    return r !== undefined;
  },
};
