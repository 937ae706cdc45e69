import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { consultations } from '../db/schema.js';

export const readRepository = {
  async state(db: Db, id: string): Promise<{ assignedStaffId: string | null; staffReadSeq: number; lastSeq: number } | undefined> {
    const [r] = await db
      .select({ assignedStaffId: consultations.assignedStaffId, staffReadSeq: consultations.staffReadSeq, lastSeq: consultations.lastSeq })
      .from(consultations)
      .where(eq(consultations.id, id));
    return r;
  },

  /**
   * Raises the mark to `upToSeq` (capped at the last message) in one conditional statement, so two tabs of the
   * same counselor can never lower it; returns the new mark, or undefined when nothing changed.
   */
  async raise(db: Db, id: string, staffId: string, upToSeq: number): Promise<number | undefined> {
    const target = sql`least(${upToSeq}::int, ${consultations.lastSeq})`;
    const [r] = await db
      .update(consultations)
      .set({ staffReadSeq: target })
      .where(and(eq(consultations.id, id), eq(consultations.assignedStaffId, staffId), lt(consultations.staffReadSeq, target)))
      .returning({ seq: consultations.staffReadSeq });
    return r?.seq;
  },

  async readUpTo(db: Db, id: string): Promise<number> {
    const [r] = await db.select({ seq: consultations.staffReadSeq }).from(consultations).where(eq(consultations.id, id));
    return r?.seq ?? 0;
  },

  /** Flips the visitor's presence; returns the row's new state only when it changed. */
  async setPresence(db: Db, id: string, connected: boolean, at: Date): Promise<{ since: Date } | undefined> {
    const [r] = await db
      .update(consultations)
      .set({ visitorConnected: connected, visitorPresenceAt: at })
      .where(and(eq(consultations.id, id), sql`${consultations.visitorConnected} <> ${connected}`))
      .returning({ since: consultations.visitorPresenceAt });
    return r;
  },
};
