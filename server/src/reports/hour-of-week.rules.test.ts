import { describe, expect, it } from 'vitest';
import { hourOccurrences, hourOfWeekIndex, localDays, localHourReader, rosteredHours } from './hour-of-week.rules.js';

const TZ = 'Asia/Tokyo';
const at = (iso: string) => new Date(iso);

describe('hour of the week in the service zone', () => {
  it('should put 23:30 UTC on a Sunday into Monday 08 h in Tokyo when the zone is nine hours ahead', () => {
    // 2026-11-29 is a Sunday (UTC); 23:30 UTC is Monday 2026-11-30 08:30 JST.
    expect(localHourReader(TZ)(at('2026-11-29T23:30:00Z'))).toEqual({ weekday: 1, hour: 8 });
  });

  it('should put 15:00 UTC into the next day at 00 h in Tokyo when it is JST midnight', () => {
    // Tuesday 2026-12-01 15:00 UTC = Wednesday 2026-12-02 00:00 JST; one minute earlier is still Tuesday 23 h.
    const local = localHourReader(TZ);
    expect(local(at('2026-12-01T15:00:00Z'))).toEqual({ weekday: 3, hour: 0 });
    expect(local(at('2026-12-01T14:59:00Z'))).toEqual({ weekday: 2, hour: 23 });
    expect(hourOfWeekIndex({ weekday: 3, hour: 0 })).toBe(48);
  });

  it('should count each hour of the week once per week when the range is whole weeks', () => {
    const occ = hourOccurrences(at('2026-11-29T15:00:00Z'), at('2026-12-13T15:00:00Z'), TZ); // two JST weeks from Monday 00 h
    expect(occ).toHaveLength(168);
    expect(new Set(occ)).toEqual(new Set([2]));
  });

  it('should split a shift over the clock hours it covers when it starts on the half hour', () => {
    // Monday 09:30–11:00 JST.
    const hours = rosteredHours([{ startsAt: at('2026-11-30T00:30:00Z'), endsAt: at('2026-11-30T02:00:00Z') }], at('2026-11-29T15:00:00Z'), at('2026-12-06T15:00:00Z'), TZ);
    expect(hours[9]).toBe(0.5);
    expect(hours[10]).toBe(1);
    expect(hours.reduce((a, b) => a + b, 0)).toBe(1.5);
  });

  it('should clip a shift to the range when it runs past either end', () => {
    const hours = rosteredHours([{ startsAt: at('2026-11-29T13:00:00Z'), endsAt: at('2026-11-29T17:00:00Z') }], at('2026-11-29T15:00:00Z'), at('2026-11-29T16:00:00Z'), TZ);
    expect(hours.reduce((a, b) => a + b, 0)).toBe(1);
    expect(hours[0]).toBe(1);
  });

  it('should list the local days a range touches when it crosses JST midnight', () => {
    expect(localDays(at('2026-11-30T14:00:00Z'), at('2026-12-01T16:00:00Z'), TZ)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    expect(localDays(at('2026-11-29T15:00:00Z'), at('2026-11-30T15:00:00Z'), TZ)).toEqual(['2026-11-30']);
  });
});
