import { AuditAction, type Hotline, type Settings, type SettingsUpdate } from '@hidamari/shared';
import { auditRepository } from '../audit/audit.repository.js';
import type { Db } from '../db/client.js';
import { settingsRepository as repo, settingsVersion } from './settings.repository.js';
import { changedKeys, DEFAULT_SETTINGS, resolveSettings } from './settings.rules.js';

export { DEFAULT_SETTINGS };

export type SettingsService = ReturnType<typeof createSettingsService>;

/**
 * Settings are read from the database on every use, never cached in the process: a change saved through one server
 * process is what every other process answers with on its very next request, with no invalidation message to lose.
 * The table holds a handful of small rows, so the read costs one indexed query on requests that are rare anyway
 * (a visitor's page asks for the status once a minute; staff creation asks for the default limit).
 */
export function createSettingsService(deps: { db: Db }) {
  const { db } = deps;
  const current = async (): Promise<Settings> => resolveSettings(await repo.all(db));

  return {
    current,

    hotlines: async (): Promise<Hotline[]> => (await current()).hotlines,

    /** For new staff accounts that do not name their own limit. */
    defaultMaxConcurrent: async (): Promise<number> => (await current()).defaultMaxConcurrent,

    /**
     * Writes the keys that changed and records who changed which, in one transaction: the audit entry and the change
     * commit together or not at all. An update that changes nothing writes nothing.
     */
    async update(update: SettingsUpdate, staffId: string): Promise<Settings> {
      const saved = await db.transaction(async (tx) => {
        const before = resolveSettings(await repo.all(tx));
        const keys = changedKeys(before, update);
        if (keys.length === 0) return before;
        for (const key of keys) await repo.upsert(tx, key, update[key]);
        await auditRepository.record(tx, { action: AuditAction.settingsUpdated, staffId, subject: `settings:${keys.join(',')}`, data: { keys } });
        return { ...before, ...Object.fromEntries(keys.map((k) => [k, update[k]])) } as Settings;
      });
      settingsVersion.bump(); // after the commit, so no cache re-reads the old value under the new version
      return saved;
    },

    /** Sets the keys nobody has set yet (the demo's example texts), leaving every admin's choice as it is. */
    async seedMissing(values: Partial<Settings>): Promise<void> {
      await db.transaction(async (tx) => {
        for (const [key, value] of Object.entries(values)) await repo.insertMissing(tx, key, value);
      });
    },
  };
}
