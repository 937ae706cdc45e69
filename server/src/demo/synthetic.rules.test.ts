import { describe, expect, it } from 'vitest';
import { FAMILY_AGE_BANDS, FAMILY_HOPES, FAMILY_RELATIONSHIPS, SERVICE_KINDS } from '@hidamari/shared';
import { familyIntakeOf, HOUR_WEIGHTS, isOpenHour, pick, prng, referralsOf, visitOf } from './synthetic.rules.js';

describe('synthetic history rules', () => {
  it('should give the same draws when the seed is the same', () => {
    const a = prng(42);
    const b = prng(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });
  it('should draw the late evening most often when hours are picked by their weights', () => {
    const rand = prng(1);
    const counts = new Array<number>(24).fill(0);
    for (let i = 0; i < 20_000; i++) counts[pick<number>(rand, HOUR_WEIGHTS)]! += 1;
    const peak = counts.indexOf(Math.max(...counts));
    expect(peak).toBeGreaterThanOrEqual(21);
    expect(peak).toBeLessThanOrEqual(23);
  });
  it('should keep the roster 10–22 h and to midnight on Friday and Saturday', () => {
    expect([isOpenHour(1, 9), isOpenHour(1, 10), isOpenHour(1, 21), isOpenHour(1, 22), isOpenHour(5, 23)]).toEqual([false, true, true, false, true]);
  });
  it('should read an off-hours message no sooner than the opening when it is read at all', () => {
    const rand = prng(3);
    for (let i = 0; i < 200; i++) {
      const v = visitOf(rand, 2, true, 8 * 3600);
      if (v.waitS !== null) expect(v.waitS).toBeGreaterThanOrEqual(8 * 3600);
      else expect(v.leftAfterS).toBeGreaterThan(0);
    }
  });
  it('should give family members valid, sometimes skipped, intake answers and a hope list that is never empty', () => {
    const rand = prng(5);
    const drawn = Array.from({ length: 2000 }, () => familyIntakeOf(rand));
    expect(drawn.every((f) => f.relationship === null || (FAMILY_RELATIONSHIPS as readonly string[]).includes(f.relationship))).toBe(true);
    expect(drawn.every((f) => f.ageBand === null || (FAMILY_AGE_BANDS as readonly string[]).includes(f.ageBand))).toBe(true);
    expect(drawn.every((f) => f.hopes === null || (f.hopes.length > 0 && f.hopes.every((h) => (FAMILY_HOPES as readonly string[]).includes(h))))).toBe(true);
    expect(drawn.some((f) => f.relationship === null)).toBe(true);
    expect(drawn.some((f) => (f.hopes?.length ?? 0) >= 2)).toBe(true);
  });
  it('should send a referral card in about one taken chat in ten, of a known kind', () => {
    const rand = prng(6);
    const sent = Array.from({ length: 5000 }, () => referralsOf(rand, 'family')).flat();
    expect(sent.length).toBeGreaterThan(400);
    expect(sent.length).toBeLessThan(800);
    expect(sent.every((r) => (SERVICE_KINDS as readonly string[]).includes(r.kind) && r.prefecture.length > 0)).toBe(true);
  });
});
