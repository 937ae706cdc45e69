import { describe, expect, it } from 'vitest';
import { isoToZonedLocal, zonedLocalToIso, zoneOffsetMinutes } from './zoned-time';

describe('zonedLocalToIso', () => {
  it('should attach +09:00 for Tokyo wall-clock time', () => {
    const iso = zonedLocalToIso('2025-04-01T09:30', 'Asia/Tokyo');
    expect(iso).toBe('2025-04-01T09:30:00+09:00');
    expect(Date.parse(iso!)).toBe(Date.parse('2025-04-01T00:30:00Z'));
  });

  it('should follow daylight saving time in zones that have it', () => {
    expect(zonedLocalToIso('2025-01-15T10:00', 'Europe/Berlin')).toBe('2025-01-15T10:00:00+01:00');
    expect(zonedLocalToIso('2025-07-15T10:00', 'Europe/Berlin')).toBe('2025-07-15T10:00:00+02:00');
    expect(zonedLocalToIso('2025-07-15T10:00', 'America/New_York')).toBe('2025-07-15T10:00:00-04:00');
  });

  it('should refuse a value that is not a datetime-local', () => {
    expect(zonedLocalToIso('', 'Asia/Tokyo')).toBeNull();
    expect(zonedLocalToIso('2025-04-01', 'Asia/Tokyo')).toBeNull();
  });
});

describe('zoneOffsetMinutes', () => {
  it('should give the zone offset at an instant', () => {
    expect(zoneOffsetMinutes('Asia/Tokyo', Date.parse('2025-04-01T00:00:00Z'))).toBe(540);
    expect(zoneOffsetMinutes('UTC', Date.parse('2025-04-01T00:00:00Z'))).toBe(0);
  });
});

describe('isoToZonedLocal', () => {
  it('should give the wall-clock value in the zone', () => {
    expect(isoToZonedLocal(Date.parse('2025-04-01T00:30:00Z'), 'Asia/Tokyo')).toBe('2025-04-01T09:30');
  });
});
