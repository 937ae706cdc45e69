import { calendarDaysBetween, wallClock } from '../lib/wall-clock';
import type { Phrase } from './visitor-text';

export type Lang = 'ja' | 'en';
/** How the day of an opening is said: 今日 / 今夜 / 明日 / a date; `soon` once the time has come (a status a minute old). */
export type DayWord = 'soon' | 'today' | 'tonight' | 'tomorrow' | 'date';

/** From this hour an opening later today is "tonight". */
const EVENING_HOUR = 17;
/** Until this hour the night goes on: at 23:00 an opening at 1:00 is "tonight", which is how a person awake then says it. */
const NIGHT_ENDS_HOUR = 5;

export interface WhenParts {
  day: DayWord;
  /** "19:00" / "7 p.m." */
  time: string;
  /** "12月3日(木)" / "Thursday, December 3" */
  date: string;
}

/** The day and time of `at` as a visitor would say it at `now`, on the service's clock (`timeZone`), not the device's. */
export function whenParts(at: Date, now: Date, timeZone: string, lang: Lang): WhenParts {
  const c = wallClock(at, timeZone);
  const mm = String(c.minute).padStart(2, '0');
  const h12 = c.hour % 12 === 0 ? 12 : c.hour % 12;
  const time = lang === 'ja' ? `${c.hour}:${mm}` : `${c.minute === 0 ? h12 : `${h12}:${mm}`} ${c.hour < 12 ? 'a.m.' : 'p.m.'}`;
  const date = lang === 'ja'
    ? `${c.month}月${c.day}日(${JA_WEEKDAYS[c.weekday]})`
    : `${EN_WEEKDAYS[c.weekday]}, ${EN_MONTHS[c.month - 1]} ${c.day}`;
  return { day: dayWord(at, now, c.hour, wallClock(now, timeZone).hour, calendarDaysBetween(at, now, timeZone)), time, date };
}

// Written out rather than taken from a date library: this file is in the visitor's first load.
const JA_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayWord(at: Date, now: Date, hour: number, nowHour: number, days: number): DayWord {
  if (at.getTime() <= now.getTime()) return 'soon';
  const night = hour >= EVENING_HOUR || hour < NIGHT_ENDS_HOUR;
  if (days === 0) return night ? 'tonight' : 'today';
  if (days === 1 && hour < NIGHT_ENDS_HOUR && nowHour >= EVENING_HOUR) return 'tonight';
  if (days === 1) return 'tomorrow';
  return 'date';
}

/** "今夜 19:00 から" / "tonight from 7 p.m.": the key under `when.` with its values. */
export function openingPhrase(iso: string, now: Date, timeZone: string, lang: Lang): Phrase | null {
  const parts = safeParts(iso, now, timeZone, lang);
  return parts && { key: `when.${parts.day}`, values: { time: parts.time, date: parts.date } };
}

/** "22:00 まで" / "until 10 p.m.": the key under `until.` with its values. */
export function closingPhrase(iso: string, now: Date, timeZone: string, lang: Lang): Phrase | null {
  const parts = safeParts(iso, now, timeZone, lang);
  if (!parts || parts.day === 'soon') return null;
  return { key: `until.${parts.day}`, values: { time: parts.time, date: parts.date } };
}

/** "今夜 19:40 ごろ" / "around 7:40 p.m. tonight": when a person will likely read a message, under `around.`. */
export function aroundPhrase(iso: string, now: Date, timeZone: string, lang: Lang): Phrase | null {
  const parts = safeParts(iso, now, timeZone, lang);
  return parts && { key: `around.${parts.day}`, values: { time: parts.time, date: parts.date } };
}

/** null for a time that cannot be read or a zone this browser does not know: better no time than a wrong one. */
function safeParts(iso: string, now: Date, timeZone: string, lang: Lang): WhenParts | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  try {
    return whenParts(at, now, timeZone, lang);
  } catch {
    return null;
  }
}
