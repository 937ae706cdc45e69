import { describe, expect, it } from 'vitest';
import { formToInterval, intervalToForm, nextDate } from './shift-form-values';

describe('shift form values', () => {
  it.each([
    ['should read a day shift in Tokyo when end is after start', { date: '2025-01-07', start: '09:00', end: '17:00' }, 'Asia/Tokyo',
      { startsAt: '2025-01-07T00:00:00.000Z', endsAt: '2025-01-07T08:00:00.000Z' }],
    ['should end the next day when the end time is before the start', { date: '2025-01-07', start: '22:00', end: '06:00' }, 'Asia/Tokyo',
      { startsAt: '2025-01-07T13:00:00.000Z', endsAt: '2025-01-07T21:00:00.000Z' }],
    ['should span seven real hours when a night shift crosses the spring change in Berlin', { date: '2025-03-29', start: '22:00', end: '06:00' }, 'Europe/Berlin',
      { startsAt: '2025-03-29T21:00:00.000Z', endsAt: '2025-03-30T04:00:00.000Z' }],
    ['should span nine real hours when a night shift crosses the autumn change in Berlin', { date: '2025-10-25', start: '22:00', end: '06:00' }, 'Europe/Berlin',
      { startsAt: '2025-10-25T20:00:00.000Z', endsAt: '2025-10-26T05:00:00.000Z' }],
    ['should name the end when the shift is longer than 16 hours', { date: '2025-01-07', start: '06:00', end: '23:00' }, 'Asia/Tokyo', { field: 'end', reason: 'tooLong' }],
    ['should name the end when start and end are the same time', { date: '2025-01-07', start: '06:00', end: '06:00' }, 'Asia/Tokyo', { field: 'end', reason: 'tooLong' }],
    ['should name the date when it is missing', { date: '', start: '06:00', end: '08:00' }, 'Asia/Tokyo', { field: 'date', reason: 'required' }],
    ['should name the end when it is missing', { date: '2025-01-07', start: '06:00', end: '' }, 'Asia/Tokyo', { field: 'end', reason: 'required' }],
  ])('%s', (_name, values, zone, expected) => {
    expect(formToInterval(values, zone)).toEqual(expected);
  });

  it('should show local date and times when a shift across midnight is edited', () => {
    expect(intervalToForm('2025-01-07T13:00:00Z', '2025-01-07T21:00:00Z', 'Asia/Tokyo')).toEqual({ date: '2025-01-07', start: '22:00', end: '06:00' });
    expect(intervalToForm('2025-10-25T20:00:00Z', '2025-10-26T05:00:00Z', 'Europe/Berlin')).toEqual({ date: '2025-10-25', start: '22:00', end: '06:00' });
  });

  it('should count calendar days when a date is moved over a DST change', () => {
    expect(nextDate('2025-03-29', 1, 'Europe/Berlin')).toBe('2025-03-30');
    expect(nextDate('2025-03-29', 28, 'Europe/Berlin')).toBe('2025-04-26');
  });
});
