import { describe, expect, it } from 'vitest';
import { coverage, wholeDays, type CoverageShift } from './coverage.rules.js';

const at = (iso: string) => new Date(iso);
const shift = (staffId: string, from: string, to: string, role = 'counselor'): CoverageShift => ({ staffId, startsAt: at(from), endsAt: at(to), role });
const TOKYO = 'Asia/Tokyo';
const BERLIN = 'Europe/Berlin';

describe('coverage hour by hour', () => {
  it('should count a shift across midnight on both local days when the window spans them', () => {
    const c = coverage([shift('a', '2026-11-27T22:00+09:00', '2026-11-28T02:00+09:00')], at('2026-11-27T20:00+09:00'), at('2026-11-28T04:00+09:00'), TOKYO);
    expect(c.hours.map((h) => h.counselors)).toEqual([0, 0, 1, 1, 1, 1, 0, 0]);
    expect(c.hours[2]).toEqual({ start: '2026-11-27T13:00:00.000Z', counselors: 1, supervisors: 0, staff: 1, flags: ['no_supervisor', 'under_two'] });
    expect(c.days).toEqual([{ date: '2026-11-27', counselorHours: 2 }, { date: '2026-11-28', counselorHours: 2 }]);
  });

  it('should put a Sunday night shift on both sides of a week boundary', () => {
    const night = [shift('a', '2026-11-29T20:00+09:00', '2026-11-30T04:00+09:00')];
    const thisWeek = coverage(night, at('2026-11-23T00:00+09:00'), at('2026-11-30T00:00+09:00'), TOKYO);
    const nextWeek = coverage(night, at('2026-11-30T00:00+09:00'), at('2026-12-07T00:00+09:00'), TOKYO);
    expect([thisWeek.hours.length, nextWeek.hours.length]).toEqual([168, 168]);
    expect(thisWeek.days.at(-1)).toEqual({ date: '2026-11-29', counselorHours: 4 });
    expect(nextWeek.days[0]).toEqual({ date: '2026-11-30', counselorHours: 4 });
    expect(nextWeek.hours.slice(0, 5).map((h) => h.counselors)).toEqual([1, 1, 1, 1, 0]);
  });

  it.each([
    // The third row: 03:00 CEST (02:00 never happens), or the first of the two 02:00s (CEST, then CET).
    ['spring forward', '2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00', 23, '2026-03-29T01:00:00.000Z'],
    ['fall back', '2026-10-25T00:00+02:00', '2026-10-26T00:00+01:00', 25, '2026-10-25T00:00:00.000Z'],
  ])('should have one row per local hour when it is the %s day in Europe/Berlin', (_name, from, to, n, third) => {
    const c = coverage([shift('a', from, to)], at(from), at(to), BERLIN);
    expect(c.hours).toHaveLength(n);
    expect(c.hours[2]!.start).toBe(third);
    // Wall-clock midnight to midnight is 23 or 25 real hours of counselling.
    expect(c.days).toEqual([{ date: from.slice(0, 10), counselorHours: n }]);
  });

  it('should start rows on local hour boundaries when the window starts mid-hour', () => {
    const c = coverage([], at('2026-03-29T10:20+09:00'), at('2026-03-29T12:00+09:00'), TOKYO);
    expect(c.hours.map((h) => h.start)).toEqual(['2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z']);
    expect(c.hours[0]!.flags).toEqual(['no_counselor', 'no_supervisor', 'under_two']);
  });

  it.each([
    ['a counselor and a supervisor', [shift('a', '2026-11-27T09:00Z', '2026-11-27T10:00Z'), shift('b', '2026-11-27T09:00Z', '2026-11-27T10:00Z', 'supervisor')], 1, 1, 2, []],
    ['two counselors', [shift('a', '2026-11-27T09:00Z', '2026-11-27T10:00Z'), shift('b', '2026-11-27T08:00Z', '2026-11-27T11:00Z')], 2, 0, 2, ['no_supervisor']],
    ['a supervisor alone', [shift('b', '2026-11-27T09:00Z', '2026-11-27T10:00Z', 'supervisor')], 0, 1, 1, ['under_two']],
    ['an admin shift and a counselor', [shift('a', '2026-11-27T09:00Z', '2026-11-27T10:00Z'), shift('c', '2026-11-27T09:00Z', '2026-11-27T10:00Z', 'admin')], 1, 0, 2, ['no_supervisor']],
    ['a half-hour gap between two counselors', [shift('a', '2026-11-27T08:00Z', '2026-11-27T09:30Z'), shift('b', '2026-11-27T09:45Z', '2026-11-27T12:00Z')], 0, 0, 0, ['no_counselor', 'no_supervisor', 'under_two']],
    ['counselors handing over on the half hour', [shift('a', '2026-11-27T08:00Z', '2026-11-27T09:30Z'), shift('b', '2026-11-27T09:30Z', '2026-11-27T12:00Z'), shift('c', '2026-11-27T09:00Z', '2026-11-27T10:00Z')], 2, 0, 2, ['no_supervisor']],
  ])('should count and flag the hour when it has %s', (_name, shifts, counselors, supervisors, staff, flags) => {
    const [hour] = coverage(shifts, at('2026-11-27T09:00Z'), at('2026-11-27T10:00Z'), 'UTC').hours;
    expect(hour).toEqual({ start: '2026-11-27T09:00:00.000Z', counselors, supervisors, staff, flags });
  });
});

describe('whole days', () => {
  it('should widen a window to the local days it touches when it starts and ends mid-day', () => {
    expect(wholeDays(at('2026-03-28T10:00+01:00'), at('2026-03-29T10:00+02:00'), BERLIN)).toEqual({
      from: at('2026-03-28T00:00+01:00'),
      to: at('2026-03-30T00:00+02:00'),
    });
  });
});
