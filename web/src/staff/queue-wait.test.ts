import { describe, expect, it } from 'vitest';
import { arrivals, formatWait, waitLevel, waitSeconds } from './queue-wait';

describe('waitSeconds', () => {
  it('should count whole seconds since creation', () => {
    expect(waitSeconds('2025-01-01T00:00:00Z', Date.parse('2025-01-01T00:01:30.900Z'))).toBe(90);
  });

  it('should not go negative when the clock is behind, nor break on bad input', () => {
    expect(waitSeconds('2025-01-01T00:00:10Z', Date.parse('2025-01-01T00:00:00Z'))).toBe(0);
    expect(waitSeconds('nonsense', 0)).toBe(0);
  });
});

describe('formatWait', () => {
  it('should show minutes and padded seconds under an hour', () => {
    expect(formatWait(0)).toBe('0:00');
    expect(formatWait(42)).toBe('0:42');
    expect(formatWait(725)).toBe('12:05');
  });

  it('should show hours when waited an hour or more', () => {
    expect(formatWait(3723)).toBe('1:02:03');
    expect(formatWait(36000)).toBe('10:00:00');
  });
});

describe('waitLevel', () => {
  it('should mark long waits at 5 and 15 minutes', () => {
    expect(waitLevel(299)).toBe('ok');
    expect(waitLevel(300)).toBe('long');
    expect(waitLevel(900)).toBe('very-long');
  });
});

describe('arrivals', () => {
  it('should list only ids that were not queued before', () => {
    const next = [{ consultationId: 'a' }, { consultationId: 'b' }, { consultationId: 'c' }];
    expect(arrivals(new Set(['a', 'c']), next)).toEqual(['b']);
    expect(arrivals(new Set(['a', 'b', 'c']), next)).toEqual([]);
  });
});
