import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { settings } from '../db/schema.js';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The settings table: one row per key, its value as jsonb. */
export const settingsRepository = {
  async all(db: Db): Promise<SettingRow[]> {
    return db.select({ key: settings.key, value: settings.value }).from(settings);
  },

  async upsert(db: Db, key: string, value: unknown): Promise<void> {
    await db
      .insert(settings)
      .values({ key, value })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } });
  },

  /** Writes the value only where nobody has set the key yet; true when it did. */
  async insertMissing(db: Db, key: string, value: unknown): Promise<boolean> {
    const rows = await db.insert(settings).values({ key, value }).onConflictDoNothing({ target: settings.key }).returning({ key: settings.key });
    return rows.length > 0;
  },
};
