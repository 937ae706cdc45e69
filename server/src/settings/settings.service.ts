import type { Hotline } from '@hidamari/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { settings } from '../db/schema.js';

/** Until an admin sets its own list (a later issue), these national lines are shown. */
export const DEFAULT_HOTLINES: Hotline[] = [
  { name: 'いのちの電話 (Inochi no Denwa)', phone: '0570-783-556', hours: '10:00–22:00' },
  { name: 'よりそいホットライン (Yorisoi Hotline)', phone: '0120-279-338', hours: '24h' },
  { name: '救急 (Emergency)', phone: '119', hours: '24h' },
];

export type SettingsService = ReturnType<typeof createSettingsService>;

export function createSettingsService(deps: { db: Db }) {
  const { db } = deps;
  async function get<T>(key: string, fallback: T): Promise<T> {
    const [r] = await db.select().from(settings).where(eq(settings.key, key));
    return r ? (r.value as T) : fallback;
  }
  return {
    hotlines: () => get<Hotline[]>('hotlines', DEFAULT_HOTLINES),
    hoursMessage: () => get<string | null>('hoursMessage', null),
  };
}
