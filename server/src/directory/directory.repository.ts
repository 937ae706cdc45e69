import type { ServiceQuery } from '@hidamari/shared';
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { services } from '../db/schema.js';
import { containsPattern, PREFECTURES, SEARCH_CAP, type ServiceFields } from './directory.rules.js';

/** A constant of our own (no quotes inside), so inlined rather than sent as 47 parameters with every search. */
const NORTH_TO_SOUTH = sql.raw(`ARRAY[${PREFECTURES.map((p) => `'${p}'`).join(',')}]::text[]`);

export type ServiceRow = typeof services.$inferSelect;

export const directoryRepository = {
  async insert(db: Db, values: ServiceFields): Promise<ServiceRow> {
    const [row] = await db.insert(services).values(values).returning();
    return row!;
  },

  async byId(db: Db, id: string): Promise<ServiceRow | undefined> {
    const [row] = await db.select().from(services).where(eq(services.id, id));
    return row;
  },

  /**
   * `q` in either language's name or description, or the municipality. Area order: prefectures north to south (any other
   * text after them), then municipality (none first), then name.
   */
  async search(db: Db, query: ServiceQuery): Promise<ServiceRow[]> {
    const pattern = query.q ? containsPattern(query.q) : undefined;
    const text = pattern
      ? or(
        ilike(services.name, pattern), ilike(services.enName, pattern), ilike(services.municipality, pattern),
        ilike(services.description, pattern), ilike(services.enDescription, pattern),
      )
      : undefined;
    return db
      .select()
      .from(services)
      .where(and(
        text,
        query.kind ? eq(services.kind, query.kind) : undefined,
        query.prefecture ? eq(services.prefecture, query.prefecture) : undefined,
      ))
      .orderBy(sql`array_position(${NORTH_TO_SOUTH}, ${services.prefecture}) NULLS LAST`, asc(services.prefecture), sql`${services.municipality} ASC NULLS FIRST`, asc(services.name), asc(services.id))
      .limit(SEARCH_CAP);
  },

  async update(db: Db, id: string, values: Partial<ServiceFields>, at: Date): Promise<ServiceRow | undefined> {
    const [row] = await db.update(services).set({ ...values, updatedAt: at }).where(eq(services.id, id)).returning();
    return row;
  },

  async remove(db: Db, id: string): Promise<ServiceRow | undefined> {
    const [row] = await db.delete(services).where(eq(services.id, id)).returning();
    return row;
  },
};
