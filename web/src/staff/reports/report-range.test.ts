import { describe, expect, it } from 'vitest';
import { isValidRange, lastDays, rangeQuery, todayIn } from './report-range';

describe('report range', () => {
  it('should take today in Tokyo when it is already tomorrow there', () => {
    expect(todayIn('Asia/Tokyo', new Date('2026-11-30T15:30:00Z'))).toBe('2026-12-01');
  });
  it('should span 30 local days ending today when it is the default', () => {
    expect(lastDays(30, 'Asia/Tokyo', new Date('2026-11-30T03:00:00Z'))).toEqual({ fromDay: '2026-11-01', toDay: '2026-11-30' });
  });
  it('should ask from local midnight to the midnight after the last day when days are given', () => {
    expect(decodeURIComponent(rangeQuery({ fromDay: '2026-11-02', toDay: '2026-11-08' }, 'Asia/Tokyo'))).toBe('from=2026-11-01T15:00:00.000Z&to=2026-11-08T15:00:00.000Z');
  });
  it('should refuse a range that ends before it starts', () => {
    expect(isValidRange({ fromDay: '2026-11-09', toDay: '2026-11-08' })).toBe(false);
    expect(isValidRange({ fromDay: '2026-11-08', toDay: '2026-11-08' })).toBe(true);
  });
});
