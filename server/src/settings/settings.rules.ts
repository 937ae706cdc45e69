import { DEFAULT_RISK_PHRASES } from '../risk/risk-phrases.default.js';
import { DEFAULT_HEATMAP_THRESHOLD, SETTINGS_KEYS, SettingsSchema, type Locale, type Settings, type SettingsKey, type SettingsUpdate } from '@hidamari/shared';

/** What a center has before its admin changes anything: national lines that answer around the clock or most of the day. */
export const DEFAULT_SETTINGS: Settings = {
  serviceName: { ja: 'ひだまり', en: 'Hidamari' },
  welcomeText: {
    ja: '名前を言わずに、相談員とチャットでお話しできます。うまくまとまっていなくても大丈夫です。',
    en: 'You can chat with a counselor without giving your name. It’s fine if your thoughts aren’t in order yet.',
  },
  offHoursText: {
    ja: 'いまはすぐにお返事できませんが、メッセージを残しておくことはできます。',
    en: 'We can’t reply right now, but you can leave a message.',
  },
  emergencyProcedure: { ja: '', en: '' },
  hotlines: [
    // Each line once per language, in that language's words: a Japanese page never mixes in English, nor the reverse.
    { name: 'いのちの電話', phone: '0570-783-556', hours: '毎日 10:00〜22:00', locale: 'ja' },
    { name: 'よりそいホットライン', phone: '0120-279-338', hours: '24時間', locale: 'ja' },
    { name: '救急', phone: '119', hours: '24時間', locale: 'ja' },
    { name: 'Inochi no Denwa (Japanese lifeline)', phone: '0570-783-556', hours: 'Daily, 10 a.m.–10 p.m.', locale: 'en' },
    { name: 'Yorisoi Hotline', phone: '0120-279-338', hours: '24 hours', locale: 'en' },
    { name: 'Emergency (ambulance)', phone: '119', hours: '24 hours', locale: 'en' },
  ],
  defaultMaxConcurrent: 3,
  riskPhrases: DEFAULT_RISK_PHRASES,
  heatmapThreshold: DEFAULT_HEATMAP_THRESHOLD,
  preferredCounselorOfferSeconds: 180,
  familyTeam: '',
};

/**
 * The stored rows over the defaults. A stored value that no longer fits its schema (written by an older version)
 * counts as unset, so a visitor page never breaks on it; unknown keys are ignored.
 */
export function resolveSettings(rows: readonly { key: string; value: unknown }[]): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const { key, value } of rows) {
    if (!isSettingsKey(key)) continue;
    const parsed = SettingsSchema.shape[key].safeParse(value);
    if (parsed.success) (out as Record<SettingsKey, unknown>)[key] = parsed.data;
  }
  return out;
}

function isSettingsKey(key: string): key is SettingsKey {
  return (SETTINGS_KEYS as string[]).includes(key);
}

/** The keys of `update` whose value differs from `current` (jsonb keeps no key order, so compare by value). */
export function changedKeys(current: Settings, update: SettingsUpdate): SettingsKey[] {
  return SETTINGS_KEYS.filter((k) => update[k] !== undefined && !sameValue(current[k], update[k]));
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** What the visitor page says under "open" or "closed", in their language. */
export function statusMessage(settings: Pick<Settings, 'welcomeText' | 'offHoursText'>, open: boolean, locale: Locale): string {
  return (open ? settings.welcomeText : settings.offHoursText)[locale];
}
