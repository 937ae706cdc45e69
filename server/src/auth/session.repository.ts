import { and, eq, gt, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { setupTokens, staff, staffSessions } from '../db/schema.js';

export const sessionRepository = {
  async insert(db: Db, tokenHash: string, staffId: string, expiresAt: Date): Promise<void> {
    await db.insert(staffSessions).values({ tokenHash, staffId, expiresAt });
  },
  async staffFor(db: Db, tokenHash: string, now: Date) {
    const [r] = await db
      .select({ staff, createdAt: staffSessions.createdAt, expiresAt: staffSessions.expiresAt })
      .from(staffSessions)
      .innerJoin(staff, eq(staff.id, staffSessions.staffId))
      .where(and(eq(staffSessions.tokenHash, tokenHash), gt(staffSessions.expiresAt, now), eq(staff.active, true)));
    return r;
  },
  async setExpiry(db: Db, tokenHash: string, expiresAt: Date): Promise<void> {
    await db.update(staffSessions).set({ expiresAt }).where(eq(staffSessions.tokenHash, tokenHash));
  },
  /**
   * Slides every live session of these staff members (they have a socket connected) to `now + idle`, never past
   * `created_at + maxMs`; rows that would gain less than `skipMs` are left alone, so a heartbeat rarely writes.
   */
  async extendForStaff(db: Db, staffIds: string[], now: Date, idleMs: number, maxMs: number, skipMs: number): Promise<void> {
    if (staffIds.length === 0) return;
    const target = sql`least(${staffSessions.createdAt} + ${`${maxMs} milliseconds`}::interval, ${new Date(now.getTime() + idleMs).toISOString()}::timestamptz)`;
    await db
      .update(staffSessions)
      .set({ expiresAt: target })
      .where(and(
        inArray(staffSessions.staffId, staffIds),
        gt(staffSessions.expiresAt, now),
        sql`${staffSessions.expiresAt} < ${target} - ${`${skipMs} milliseconds`}::interval`,
      ));
  },
  async delete(db: Db, tokenHash: string): Promise<void> {
    await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
  },
  async deleteForStaff(db: Db, staffId: string): Promise<void> {
    await db.delete(staffSessions).where(eq(staffSessions.staffId, staffId));
  },
  /** Ends every session of this person but `keepHash` (a password change keeps the session it was made in); returns their hashes. */
  async deleteOthersForStaff(db: Db, staffId: string, keepHash: string): Promise<string[]> {
    const gone = await db
      .delete(staffSessions)
      .where(and(eq(staffSessions.staffId, staffId), ne(staffSessions.tokenHash, keepHash)))
      .returning({ h: staffSessions.tokenHash });
    return gone.map((g) => g.h);
  },
  /** Deletes up to `limit` sessions expired by `now`; returns their token hashes (to drop their sockets). */
  async deleteExpired(db: Db, now: Date, limit: number): Promise<string[]> {
    const batch = db.select({ h: staffSessions.tokenHash }).from(staffSessions).where(lte(staffSessions.expiresAt, now)).limit(limit);
    // The expiry is checked again on the row being deleted: a session extended meanwhile is not expired any more.
    const gone = await db
      .delete(staffSessions)
      .where(and(inArray(staffSessions.tokenHash, batch), lte(staffSessions.expiresAt, now)))
      .returning({ h: staffSessions.tokenHash });
    return gone.map((g) => g.h);
  },
  async insertSetupToken(db: Db, tokenHash: string): Promise<void> {
    await db.insert(setupTokens).values({ tokenHash });
  },
  /** Marks the token used; true only for the one caller that used it first. */
  async useSetupToken(db: Db, tokenHash: string): Promise<boolean> {
    const r = await db
      .update(setupTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt)))
      .returning({ h: setupTokens.tokenHash });
    return r.length > 0;
  },
};
