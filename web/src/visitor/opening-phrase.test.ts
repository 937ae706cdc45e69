import { describe, expect, it } from 'vitest';
import { closingPhrase, openingPhrase, whenParts } from './opening-phrase';

const TOKYO = 'Asia/Tokyo';

describe('whenParts', () => {
  it.each([
    ['later this evening', '2026-11-30T15:00:00+09:00', '2026-11-30T19:00:00+09:00', 'tonight', '19:00', '7 p.m.'],
    ['later this afternoon', '2026-11-30T10:00:00+09:00', '2026-11-30T13:30:00+09:00', 'today', '13:30', '1:30 p.m.'],
    ['the next morning', '2026-11-30T23:00:00+09:00', '2026-12-01T10:00:00+09:00', 'tomorrow', '10:00', '10 a.m.'],
    ['after midnight while it is night', '2026-11-30T23:00:00+09:00', '2026-12-01T01:00:00+09:00', 'tonight', '1:00', '1 a.m.'],
    ['after midnight seen after midnight', '2026-12-01T00:30:00+09:00', '2026-12-01T02:00:00+09:00', 'tonight', '2:00', '2 a.m.'],
    ['the next evening', '2026-11-30T20:00:00+09:00', '2026-12-01T19:00:00+09:00', 'tomorrow', '19:00', '7 p.m.'],
    ['days ahead', '2026-11-30T20:00:00+09:00', '2026-12-03T10:00:00+09:00', 'date', '10:00', '10 a.m.'],
    ['a minute ago', '2026-11-30T19:01:00+09:00', '2026-11-30T19:00:00+09:00', 'soon', '19:00', '7 p.m.'],
  ])('should say %s', (_case, now, at, day, jaTime, enTime) => {
    expect(whenParts(new Date(at), new Date(now), TOKYO, 'ja')).toMatchObject({ day, time: jaTime });
    expect(whenParts(new Date(at), new Date(now), TOKYO, 'en')).toMatchObject({ day, time: enTime });
  });

  it('should write the date the way each language does', () => {
    const at = new Date('2026-12-03T10:00:00+09:00');
    const now = new Date('2026-11-30T20:00:00+09:00');
    expect(whenParts(at, now, TOKYO, 'ja').date).toBe('12月3日(木)');
    expect(whenParts(at, now, TOKYO, 'en').date).toBe('Thursday, December 3');
  });

  it('should count days on the service clock when the UTC date differs', () => {
    // 01:00 and 10:00 on 2 January in Tokyo, which UTC still calls 1 and 2 January.
    expect(whenParts(new Date('2030-01-02T01:00:00Z'), new Date('2030-01-01T16:00:00Z'), TOKYO, 'ja').day).toBe('today');
  });

  it('should keep the wall clock across a daylight-saving change when the zone has one', () => {
    // Berlin moves to summer time at 02:00 on 29 March 2026: 08:00 UTC that morning is 10:00 local.
    const parts = whenParts(new Date('2026-03-29T08:00:00Z'), new Date('2026-03-28T21:00:00Z'), 'Europe/Berlin', 'ja');
    expect(parts).toMatchObject({ day: 'tomorrow', time: '10:00' });
  });
});

describe('openingPhrase and closingPhrase', () => {
  const now = new Date('2026-11-30T15:00:00+09:00');

  it('should give the i18n key and values when the time is readable', () => {
    expect(openingPhrase('2026-11-30T10:00:00Z', now, TOKYO, 'ja')).toEqual({ key: 'when.tonight', values: { time: '19:00', date: '11月30日(月)' } });
    expect(closingPhrase('2026-11-30T13:00:00Z', now, TOKYO, 'en')).toEqual({ key: 'until.tonight', values: { time: '10 p.m.', date: 'Monday, November 30' } });
  });

  it('should give nothing when the time or the zone cannot be read', () => {
    expect(openingPhrase('not a date', now, TOKYO, 'ja')).toBeNull();
    expect(openingPhrase('2026-11-30T10:00:00Z', now, 'Not/AZone', 'ja')).toBeNull();
    expect(closingPhrase('2026-11-30T05:00:00Z', now, TOKYO, 'ja')).toBeNull();
  });
});
