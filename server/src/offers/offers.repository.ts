import { asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { offers } from '../db/schema.js';
import { UPCOMING_CAP, type OfferFields } from './offers.rules.js';

export type OfferRow = typeof offers.$inferSelect;

export const offersRepository = {
  async insert(db: Db, values: OfferFields): Promise<OfferRow> {
    const [row] = await db.insert(offers).values(values).returning();
    return row!;
  },

  async byId(db: Db, id: string): Promise<OfferRow | undefined> {
    const [row] = await db.select().from(offers).where(eq(offers.id, id));
    return row;
  },

  async byIdForUpdate(db: Db, id: string): Promise<OfferRow | undefined> {
    const [row] = await db.select().from(offers).where(eq(offers.id, id)).for('update');
    return row;
  },

  /** Every offer, the latest start first (the admins' list). */
  async all(db: Db): Promise<OfferRow[]> {
    return db.select().from(offers).orderBy(desc(offers.startsAt), asc(offers.id));
  },

  /** Not yet over at `now` (its end, or its start when it has none, is ahead), soonest first. */
  async upcoming(db: Db, now: Date): Promise<OfferRow[]> {
    return db
      .select()
      .from(offers)
      .where(gt(sql`coalesce(${offers.endsAt}, ${offers.startsAt})`, now))
      .orderBy(asc(offers.startsAt), asc(offers.id))
      .limit(UPCOMING_CAP);
  },

  async update(db: Db, id: string, values: Partial<OfferFields>, at: Date): Promise<OfferRow> {
    const [row] = await db.update(offers).set({ ...values, updatedAt: at }).where(eq(offers.id, id)).returning();
    return row!;
  },

  async remove(db: Db, id: string): Promise<OfferRow | undefined> {
    const [row] = await db.delete(offers).where(eq(offers.id, id)).returning();
    return row;
  },
};
