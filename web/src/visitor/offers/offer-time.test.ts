import { describe, expect, it } from 'vitest';
import { dateOf, offerWhen } from './offer-time';

// Tuesday 1 December 2026, 11:00 in Tokyo.
const NOW = new Date('2026-12-01T02:00:00Z');
const TZ = 'Asia/Tokyo';

describe('offer times', () => {
  it('should say the date and hours on the service clock in both languages', () => {
    // 05:00Z = 14:00 in Tokyo on Thursday 3 December.
    expect(offerWhen('2026-12-03T05:00:00Z', '2026-12-03T07:00:00Z', TZ, 'ja', NOW)).toBe('12月3日(木) 14:00〜16:00');
    expect(offerWhen('2026-12-03T05:00:00Z', '2026-12-03T07:30:00Z', TZ, 'en', NOW)).toBe('Thursday, December 3, 2 p.m.–4:30 p.m.');
  });

  it('should use the service zone, not the device zone', () => {
    // 16:00Z on 2 December is already 3 December 01:00 in Tokyo.
    expect(offerWhen('2026-12-02T16:00:00Z', undefined, TZ, 'ja', NOW)).toBe('12月3日(木) 1:00〜');
    expect(offerWhen('2026-12-02T16:00:00Z', undefined, 'UTC', 'en', NOW)).toBe('Wednesday, December 2, from 4 p.m.');
  });

  it('should give an end on another day its date, and the year when it is not this year', () => {
    expect(offerWhen('2026-12-05T01:00:00Z', '2026-12-06T03:00:00Z', TZ, 'ja', NOW)).toBe('12月5日(土) 10:00〜12月6日(日) 12:00');
    expect(dateOf('2027-01-09T01:00:00Z', TZ, 'ja', NOW)).toBe('2027年1月9日(土)');
    expect(dateOf('2027-01-09T01:00:00Z', TZ, 'en', NOW)).toBe('Saturday, January 9, 2027');
  });

  it('should be null for an unreadable time or an unknown zone', () => {
    expect(offerWhen('not a date', undefined, TZ, 'ja', NOW)).toBeNull();
    expect(offerWhen('2026-12-03T05:00:00Z', undefined, 'Nowhere/Nothing', 'ja', NOW)).toBeNull();
  });
});
