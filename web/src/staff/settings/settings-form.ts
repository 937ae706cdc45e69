import type { Hotline, Settings, SettingsUpdate } from '@hidamari/shared';

/** A hotline as the form edits it: every field a string, and a key that stays with the row when it moves. */
export interface HotlineDraft {
  key: string;
  name: string;
  phone: string;
  hours: string;
  url: string;
  /** Kept as saved: a line written for one language's visitors stays theirs. */
  locale?: Hotline['locale'];
}

export type SettingsDraft = Omit<Settings, 'hotlines' | 'defaultMaxConcurrent' | 'preferredCounselorOfferSeconds'> & {
  hotlines: HotlineDraft[];
  defaultMaxConcurrent: string;
  /** As typed: `m:ss` or whole seconds. */
  preferredCounselorOfferSeconds: string;
};

export const TEXT_KEYS = ['serviceName', 'welcomeText', 'offHoursText', 'emergencyProcedure'] as const;

export function toDraft(s: Settings, newKey: () => string): SettingsDraft {
  return {
    ...s,
    hotlines: s.hotlines.map((h) => ({
      key: newKey(), name: h.name, phone: h.phone, hours: h.hours ?? '', url: h.url ?? '', ...(h.locale ? { locale: h.locale } : {}),
    })),
    defaultMaxConcurrent: String(s.defaultMaxConcurrent),
    preferredCounselorOfferSeconds: formatSeconds(s.preferredCounselorOfferSeconds),
  };
}

/** Blank optional fields are left out rather than sent empty; the limit goes as typed and the server judges it. */
export function fromDraft(d: SettingsDraft): Settings {
  const hotlines = d.hotlines.map(({ name, phone, hours, url, locale }): Hotline => ({
    name, phone, ...(hours.trim() ? { hours } : {}), ...(url.trim() ? { url } : {}), ...(locale ? { locale } : {}),
  }));
  return {
    ...d, hotlines, defaultMaxConcurrent: Number(d.defaultMaxConcurrent),
    // Unreadable input goes as NaN (null on the wire): the server refuses it and names the field.
    preferredCounselorOfferSeconds: parseSeconds(d.preferredCounselorOfferSeconds) ?? Number.NaN,
  };
}

/** Only the keys that differ from what was saved: a PUT changes (and audits) no more than the admin touched. */
export function settingsPatch(saved: Settings, draft: SettingsDraft): SettingsUpdate {
  const next = fromDraft(draft);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof Settings)[]) {
    if (!sameValue(saved[key], next[key])) patch[key] = next[key];
  }
  return patch as SettingsUpdate;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `list` with the item at `from` moved to `to` (clamped); the same array when nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from === target || from < 0 || from >= list.length) return list as T[];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}

/** The DOM id of the input for a server `field` path (`hotlines.2.phone` → `settings-hotlines-2-phone`). */
export const fieldId = (path: string): string => `settings-${path.replace(/\./g, '-')}`;

/** The i18n key explaining what a refused field needs, from the last part of its path. */
export function fieldProblemKey(path: string): string {
  const last = path.split('.').at(-1) ?? '';
  if (path === 'hotlines') return 'problems.tooManyHotlines';
  if (last === 'ja' || last === 'en') return path.startsWith('serviceName') ? 'problems.serviceName' : 'problems.text';
  if (['name', 'phone', 'hours', 'url', 'defaultMaxConcurrent', 'preferredCounselorOfferSeconds', 'familyTeam'].includes(last)) return `problems.${last}`;
  return 'problems.generic';
}

/** Seconds as `m:ss` (180 → `3:00`). */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.round(total));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** `m:ss` or whole seconds (full-width digits too) → seconds; null when it reads as neither. */
export function parseSeconds(text: string): number | null {
  const v = text.normalize('NFKC').trim();
  const ms = /^(\d{1,3}):([0-5]\d)$/.exec(v);
  if (ms) return Number(ms[1]) * 60 + Number(ms[2]);
  return /^\d{1,6}$/.test(v) ? Number(v) : null;
}

/** The teams named on staff accounts, each once, sorted; the saved one stays even if nobody carries it now. */
export function teamChoices(staff: readonly { teams: readonly string[] }[], saved: string): string[] {
  const all = new Set(staff.flatMap((s) => s.teams));
  if (saved) all.add(saved);
  return [...all].sort();
}
