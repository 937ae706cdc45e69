import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, wallClock } from './wall-clock';

describe('wallClock', () => {
  it('should read the date and time on the zone clock when the UTC date differs', () => {
    expect(wallClock(new Date('2030-01-01T16:30:00Z'), 'Asia/Tokyo')).toEqual({ year: 2030, month: 1, day: 2, hour: 1, minute: 30, weekday: 3 });
  });

  it('should say midnight is hour 0, not 24', () => {
    expect(wallClock(new Date('2026-11-30T15:00:00Z'), 'Asia/Tokyo')).toMatchObject({ day: 1, month: 12, hour: 0, minute: 0 });
  });

  it('should follow a daylight-saving change when the zone has one', () => {
    expect(wallClock(new Date('2026-03-29T08:00:00Z'), 'Europe/Berlin')).toMatchObject({ hour: 10, weekday: 0 });
    expect(wallClock(new Date('2026-03-28T08:00:00Z'), 'Europe/Berlin')).toMatchObject({ hour: 9, weekday: 6 });
  });

  it('should throw for a zone the browser does not know', () => {
    expect(() => wallClock(new Date(), 'Not/AZone')).toThrow(RangeError);
  });
});

describe('calendarDaysBetween', () => {
  it('should count dates on the zone clock, not elapsed hours', () => {
    expect(calendarDaysBetween(new Date('2026-12-01T00:30:00+09:00'), new Date('2026-11-30T23:30:00+09:00'), 'Asia/Tokyo')).toBe(1);
    expect(calendarDaysBetween(new Date('2026-11-30T23:30:00+09:00'), new Date('2026-11-30T00:10:00+09:00'), 'Asia/Tokyo')).toBe(0);
    expect(calendarDaysBetween(new Date('2027-01-02T10:00:00+09:00'), new Date('2026-12-30T10:00:00+09:00'), 'Asia/Tokyo')).toBe(3);
  });
});
