import type { Offer } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { draftToOffer, draftToOfferPatch, EMPTY_OFFER, offerFieldId, offerToDraft, splitOffers, tomorrowIn } from './offer-form';

const draft = { ...EMPTY_OFFER, title: '家族教室', date: '2026-12-02', start: '14:00', place: 'オンライン（Zoom）', audience: 'family' as const };

describe('offer form values', () => {
  it('should read the date and times on the service zone\'s wall clock, not the browser\'s', () => {
    expect(draftToOffer(draft, 'Asia/Tokyo')).toEqual({
      input: { title: '家族教室', startsAt: '2026-12-02T05:00:00.000Z', place: 'オンライン（Zoom）', audience: 'family', description: '' },
    });
    const ny = draftToOffer({ ...draft, end: '16:30' }, 'America/New_York');
    expect(ny).toMatchObject({ input: { startsAt: '2026-12-02T19:00:00.000Z', endsAt: '2026-12-02T21:30:00.000Z' } });
  });

  it('should name the field to fix when the start is missing or the end is not after it', () => {
    expect(draftToOffer({ ...draft, start: '' }, 'Asia/Tokyo')).toEqual({ field: 'startsAt', reason: 'required' });
    expect(draftToOffer({ ...draft, date: '' }, 'Asia/Tokyo')).toEqual({ field: 'startsAt', reason: 'required' });
    expect(draftToOffer({ ...draft, end: '13:00' }, 'Asia/Tokyo')).toEqual({ field: 'endsAt', reason: 'afterStart' });
    expect(draftToOffer({ ...draft, end: '14:00' }, 'Asia/Tokyo')).toEqual({ field: 'endsAt', reason: 'afterStart' });
  });

  it('should send English only when some is written, and clear it and the end with null when editing', () => {
    expect(draftToOffer({ ...draft, enTitle: 'Family class' }, 'Asia/Tokyo')).toMatchObject({ input: { en: { title: 'Family class', description: '' } } });
    expect(draftToOfferPatch(draft, 'Asia/Tokyo')).toMatchObject({ patch: { endsAt: null, en: null } });
  });

  it('should show a saved offer on the service zone\'s wall clock', () => {
    const o = { startsAt: '2026-12-02T05:00:00.000Z', endsAt: '2026-12-02T07:30:00.000Z', title: 't', place: 'p', audience: 'all', description: '', en: { title: 'T', description: 'D' } } as Offer;
    expect(offerToDraft(o, 'Asia/Tokyo')).toMatchObject({ date: '2026-12-02', start: '14:00', end: '16:30', enTitle: 'T', enDescription: 'D' });
  });

  it('should suggest tomorrow in the service zone', () => {
    // 23:30 UTC on Dec 1 is already Dec 2 in Tokyo.
    expect(tomorrowIn(new Date('2026-12-01T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-12-03');
    expect(tomorrowIn(new Date('2026-12-01T23:30:00Z'), 'UTC')).toBe('2026-12-02');
  });

  it('should put upcoming offers soonest first and past ones (ended, or started without an end) newest first', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const o = (id: string, startsAt: string, endsAt?: string) => ({ id, startsAt, ...(endsAt ? { endsAt } : {}) });
    const { upcoming, past } = splitOffers([
      o('a', '2026-12-05T00:00:00Z'), o('b', '2026-12-01T11:00:00Z', '2026-12-01T13:00:00Z'), o('c', '2026-11-30T00:00:00Z'),
      o('d', '2026-12-01T11:59:00Z'), o('e', '2026-11-01T00:00:00Z'),
    ], now);
    expect(upcoming.map((x) => x.id)).toEqual(['b', 'a']);
    expect(past.map((x) => x.id)).toEqual(['d', 'c', 'e']);
  });

  it('should point the instants at the time inputs', () => {
    expect(offerFieldId('startsAt')).toBe('offer-start');
    expect(offerFieldId('endsAt')).toBe('offer-end');
    expect(offerFieldId('en.title')).toBe('offer-en-title');
  });
});
