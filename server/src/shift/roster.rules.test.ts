import { describe, expect, it } from 'vitest';
import { closesAt, isOpen, nextOpening } from './roster.rules.js';

const h = (hour: number) => new Date(Date.UTC(2026, 10, 27, hour));
const shift = (a: number, b: number, role = 'counselor') => ({ startsAt: h(a), endsAt: h(b), role });

describe('roster rules', () => {
  it('should be open when a counselor shift covers now', () => {
    expect(isOpen([shift(9, 17)], h(10))).toBe(true);
  });
  it('should be closed at the end instant of a shift', () => {
    expect(isOpen([shift(9, 17)], h(17))).toBe(false);
  });
  it('should not count an admin-only shift as open', () => {
    expect(isOpen([shift(9, 17, 'admin')], h(10))).toBe(false);
  });
  it('should give the earliest future start as the next opening when closed', () => {
    expect(nextOpening([shift(20, 22), shift(18, 19), shift(1, 2)], h(17))).toEqual(h(18));
  });
  it('should give null when open now or nothing is planned', () => {
    expect(nextOpening([shift(9, 17)], h(10))).toBeNull();
    expect(nextOpening([], h(10))).toBeNull();
  });
});

describe('closes at', () => {
  it.each([
    ['one shift covers now', [shift(9, 17)], 10, 17],
    ['shifts touch end to start', [shift(9, 13), shift(13, 17), shift(17, 22)], 10, 22],
    ['shifts overlap, listed out of order', [shift(16, 23), shift(9, 17), shift(12, 14)], 10, 23],
    ['a later shift is apart from the cover', [shift(9, 13), shift(14, 18)], 10, 13],
    ['an admin-only shift bridges nothing', [shift(9, 13), shift(13, 15, 'admin'), shift(15, 18)], 10, 13],
    ['a supervisor continues the cover', [shift(9, 13), shift(13, 20, 'supervisor')], 10, 20],
    ['the cover runs across midnight', [shift(20, 24), shift(24, 30)], 21, 30],
  ])('should close at the end of the continuous cover when %s', (_name, shifts, now, end) => {
    expect(closesAt(shifts, h(now))).toEqual(h(end));
  });
  it('should give null when closed now', () => {
    expect(closesAt([shift(9, 17)], h(17))).toBeNull();
    expect(closesAt([shift(9, 17, 'admin')], h(10))).toBeNull();
  });
});
