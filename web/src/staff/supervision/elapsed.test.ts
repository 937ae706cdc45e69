import { describe, expect, it } from 'vitest';
import { elapsedParts } from './elapsed';

describe('elapsedParts', () => {
  const t0 = Date.parse('2030-01-01T00:00:00Z');
  it('should give null under a minute and hours with minutes beyond an hour', () => {
    expect(elapsedParts('2030-01-01T00:00:00Z', t0 + 59_000)).toBeNull();
    expect(elapsedParts('2030-01-01T00:00:00Z', t0 + 12 * 60_000)).toEqual({ h: 0, m: 12 });
    expect(elapsedParts('2030-01-01T00:00:00Z', t0 + 65 * 60_000)).toEqual({ h: 1, m: 5 });
  });
  it('should not go negative when the clocks disagree', () => {
    expect(elapsedParts('2030-01-01T00:10:00Z', t0)).toBeNull();
  });
});
