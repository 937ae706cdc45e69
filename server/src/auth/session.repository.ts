import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { setupTokens, staff, staffSessions } from '../db/schema.js';

export const sessionRepository = {
  async insert(db: Db, tokenHash: string, staffId: string, expiresAt: Date): Promise<void> {
    await db.insert(staffSessions).values({ tokenHash, staffId, expiresAt });
  },
  async staffFor(db: Db, tokenHash: string, now: Date) {
    const [r] = await db
      .select({ staff })
      .from(staffSessions)
      .innerJoin(staff, eq(staff.id, staffSessions.staffId))
      .where(and(eq(staffSessions.tokenHash, tokenHash), gt(staffSessions.expiresAt, now), eq(staff.active, true)));
    return r?.staff;
  },
  async delete(db: Db, tokenHash: string): Promise<void> {
    await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
  },
  async deleteForStaff(db: Db, staffId: string): Promise<void> {
    await db.delete(staffSessions).where(eq(staffSessions.staffId, staffId));
  },
  async deleteExpired(db: Db, now: Date): Promise<void> {
    await db.delete(staffSessions).where(lt(staffSessions.expiresAt, now));
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
