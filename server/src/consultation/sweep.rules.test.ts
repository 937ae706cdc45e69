import { describe, expect, it } from 'vitest';
import { cutoff, heartbeatMs, inactive, staffGone } from './sweep.rules.js';

const now = new Date('2026-11-27T10:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe('sweep rules', () => {
  it('should treat staff as gone only past the grace period', () => {
    expect(staffGone(ago(59), now, 60)).toBe(false);
    expect(staffGone(ago(61), now, 60)).toBe(true);
    expect(staffGone(null, now, 60)).toBe(true);
  });
  it('should call a consultation inactive past the limit', () => {
    expect(inactive(ago(7201), now, 7200)).toBe(true);
    expect(inactive(ago(10), now, 7200)).toBe(false);
  });
  it('should beat at least four times per grace period and at most every 15 s', () => {
    expect(heartbeatMs(60)).toBe(15_000);
    expect(heartbeatMs(2)).toBe(500);
  });
  it('should put the cutoff exactly the given seconds before now', () => {
    expect(cutoff(now, 60)).toEqual(ago(60));
    expect(inactive(ago(61), now, 60)).toBe(cutoff(now, 60) > ago(61));
  });
});
