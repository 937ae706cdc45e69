import { wallClock } from '../../lib/wall-clock';
import { whenParts, type Lang } from '../opening-phrase';

const langOf = (lang: string | undefined): Lang => (lang?.startsWith('en') ? 'en' : 'ja');

/** The date of an instant on the service's clock ("12月3日(木)" / "Thursday, December 3"), with the year when not this year. */
export function dateOf(iso: string, timeZone: string, lang: string | undefined, now: Date = new Date()): string | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  try {
    const l = langOf(lang);
    const { date } = whenParts(at, now, timeZone, l);
    const year = wallClock(at, timeZone).year;
    if (year === wallClock(now, timeZone).year) return date;
    return l === 'ja' ? `${year}年${date}` : `${date}, ${year}`;
  } catch {
    return null;
  }
}

/**
 * When an offer takes place, on the service's clock: "12月3日(木) 14:00〜16:00" / "Thursday, December 3, 2 p.m.–4 p.m.";
 * an end on another day carries its date; no end: "14:00〜" / "from 2 p.m.". null for a time or zone that cannot be read.
 */
export function offerWhen(startsAt: string, endsAt: string | undefined, timeZone: string, lang: string | undefined, now: Date = new Date()): string | null {
  const l = langOf(lang);
  const startDate = dateOf(startsAt, timeZone, l, now);
  if (!startDate) return null;
  const start = whenParts(new Date(startsAt), now, timeZone, l).time;
  const endDate = endsAt ? dateOf(endsAt, timeZone, l, now) : null;
  if (!endsAt || !endDate) return l === 'ja' ? `${startDate} ${start}〜` : `${startDate}, from ${start}`;
  const end = whenParts(new Date(endsAt), now, timeZone, l).time;
  if (endDate === startDate) return l === 'ja' ? `${startDate} ${start}〜${end}` : `${startDate}, ${start}–${end}`;
  return l === 'ja' ? `${startDate} ${start}〜${endDate} ${end}` : `${startDate}, ${start} – ${endDate}, ${end}`;
}
