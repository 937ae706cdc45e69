import type { ServiceArea } from '@hidamari/shared';
import { prefectureLabel } from '../../directory/prefectures';

/** A `tel:` link for a stored phone number: digits only, with a leading + kept (spaces, hyphens and brackets dropped). */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/[^0-9]/g, '')}`;
}

/** 東京都 世田谷区 / Setagaya-ku, Tokyo: the prefecture in the screen's language, the municipality as stored. */
export function areaText(area: ServiceArea, lang: string | undefined): string {
  const pref = prefectureLabel(area.prefecture, lang);
  if (!area.municipality) return pref;
  return lang?.startsWith('en') ? `${area.municipality}, ${pref}` : `${pref} ${area.municipality}`;
}

/** Only http(s) addresses become links (the contract allows no other, but a card is old data the screen did not check). */
export const safeUrl = (url: string | undefined): string | undefined => (url && /^https?:\/\//i.test(url) ? url : undefined);
