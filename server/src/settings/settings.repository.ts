import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { settings } from '../db/schema.js';

export interface SettingRow {
  key: string;
  value: unknown;
}

let localVersion = 0;
/**
 * Counts the settings writes this process committed. Caches of derived data (the compiled risk phrases) compare it,
 * so a change made through this process applies to its very next use without a database read.
 */
export const settingsVersion = {
  current: (): number => localVersion,
  bump: (): void => void localVersion++,
};

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
