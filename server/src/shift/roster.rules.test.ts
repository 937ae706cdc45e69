import { describe, expect, it } from 'vitest';
import { isOpen, nextOpening } from './roster.rules.js';

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
