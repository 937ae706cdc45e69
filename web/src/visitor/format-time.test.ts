import { describe, expect, it } from 'vitest';
import { formatOpening } from './format-time';

describe('formatOpening', () => {
  it('should show the time in the service time zone when the device is elsewhere', () => {
    // 00:30 UTC is 09:30 in Tokyo.
    const ja = formatOpening('2025-03-03T00:30:00Z', 'Asia/Tokyo', 'ja');
    expect(ja).toContain('3月3日');
    expect(ja).toContain('9:30');
    const en = formatOpening('2025-03-03T00:30:00Z', 'Asia/Tokyo', 'en');
    expect(en).toContain('March 3');
    expect(en).toContain('9:30');
  });

  it('should cross the date line when the zone says so', () => {
    expect(formatOpening('2025-03-03T20:00:00Z', 'Asia/Tokyo', 'ja')).toContain('3月4日');
  });

  it('should give null when the date or zone is unusable', () => {
    expect(formatOpening('not a date', 'Asia/Tokyo', 'ja')).toBeNull();
    expect(formatOpening('2025-03-03T00:30:00Z', 'Not/AZone', 'ja')).toBeNull();
  });
});
