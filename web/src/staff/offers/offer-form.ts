/**
 * The offer form's fields to and from the wire. Dates and times are typed on the SERVICE's wall clock (the center's
 * zone from /api/status), never the browser's: an admin abroad still schedules 14:00 in Tokyo.
 */
import { TZDate } from '@date-fns/tz';
import type { Offer, OfferAudience, OfferInput, OfferPatch } from '@hidamari/shared';
import { addDays, format } from 'date-fns';

export interface OfferDraft {
  title: string;
  /** `yyyy-MM-dd` in the service zone. */
  date: string;
  /** `HH:mm` in the service zone. */
  start: string;
  /** `HH:mm`, optional; must be after `start` on the same day. */
  end: string;
  place: string;
  audience: OfferAudience;
  description: string;
  enTitle: string;
  enDescription: string;
}

export const EMPTY_OFFER: OfferDraft = {
  title: '', date: '', start: '', end: '', place: '', audience: 'all', description: '', enTitle: '', enDescription: '',
};

/** Fields the form checks itself before asking the server (named like the server's `field`). */
export type OfferFormProblem = { field: 'startsAt' | 'endsAt'; reason: 'required' | 'afterStart' };

function at(date: string, time: string, timeZone: string): TZDate | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  return new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), timeZone);
}

const iso = (d: TZDate) => new Date(d.getTime()).toISOString();
const filled = (v: string) => v.trim() !== '';

/** The POST body for the draft, or the date/time field to fix first. */
export function draftToOffer(d: OfferDraft, timeZone: string): { input: OfferInput } | OfferFormProblem {
  const starts = at(d.date, d.start, timeZone);
  if (!starts) return { field: 'startsAt', reason: 'required' };
  let endsAt: string | undefined;
  if (filled(d.end)) {
    const ends = at(d.date, d.end, timeZone);
    if (!ends || ends.getTime() <= starts.getTime()) return { field: 'endsAt', reason: 'afterStart' };
    endsAt = iso(ends);
  }
  const hasEn = filled(d.enTitle) || filled(d.enDescription);
  return {
    input: {
      title: d.title, startsAt: iso(starts), ...(endsAt ? { endsAt } : {}), place: d.place, audience: d.audience, description: d.description,
      ...(hasEn ? { en: { title: d.enTitle, description: d.enDescription } } : {}),
    },
  };
}

/** The PATCH body: every field, `null` clearing an emptied end time or English text. */
export function draftToOfferPatch(d: OfferDraft, timeZone: string): { patch: OfferPatch } | OfferFormProblem {
  const r = draftToOffer(d, timeZone);
  if (!('input' in r)) return r;
  return { patch: { ...r.input, endsAt: r.input.endsAt ?? null, en: r.input.en ?? null } };
}

export function offerToDraft(o: Offer, timeZone: string): OfferDraft {
  const s = new TZDate(Date.parse(o.startsAt), timeZone);
  return {
    title: o.title, date: format(s, 'yyyy-MM-dd'), start: format(s, 'HH:mm'),
    end: o.endsAt ? format(new TZDate(Date.parse(o.endsAt), timeZone), 'HH:mm') : '',
    place: o.place, audience: o.audience, description: o.description, enTitle: o.en?.title ?? '', enDescription: o.en?.description ?? '',
  };
}

/** Tomorrow's date in the service zone (the form's first suggestion). */
export function tomorrowIn(now: Date, timeZone: string): string {
  return format(addDays(new TZDate(now.getTime(), timeZone), 1), 'yyyy-MM-dd');
}

/** Over once its end (or, with none, its start) has passed: the public page hides it from then on. */
export const isPast = (o: Pick<Offer, 'startsAt' | 'endsAt'>, now: Date): boolean => Date.parse(o.endsAt ?? o.startsAt) <= now.getTime();

/** Upcoming soonest first, past most recent first. */
export function splitOffers<T extends Pick<Offer, 'startsAt' | 'endsAt'>>(offers: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const by = (a: T, b: T) => Date.parse(a.startsAt) - Date.parse(b.startsAt);
  return {
    upcoming: offers.filter((o) => !isPast(o, now)).sort(by),
    past: offers.filter((o) => isPast(o, now)).sort((a, b) => by(b, a)),
  };
}

/** The DOM id of the input for a server `field` path; the instants point at the inputs that make them. */
export function offerFieldId(path: string): string {
  const input = path === 'startsAt' ? 'start' : path === 'endsAt' ? 'end' : path.replace(/\./g, '-');
  return `offer-${input}`;
}
