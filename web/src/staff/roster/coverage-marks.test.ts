import { describe, expect, it } from 'vitest';
import { coverageRuns } from './coverage-marks';
import { weekStartOf } from './week-grid';

const hour = (start: string, flags: ('no_counselor' | 'no_supervisor' | 'under_two')[]) => ({ start, counselors: 0, supervisors: 0, staff: 0, flags });

describe('coverage runs', () => {
  const week = weekStartOf('2025-01-06T00:00:00Z', 'Asia/Tokyo');

  it('should merge consecutive flagged hours into one run when a gap lasts several hours', () => {
    const runs = coverageRuns([
      hour('2025-01-05T15:00:00Z', ['no_counselor', 'under_two']),
      hour('2025-01-05T16:00:00Z', ['no_counselor', 'under_two']),
      hour('2025-01-05T17:00:00Z', ['under_two']),
      hour('2025-01-05T18:00:00Z', []),
      hour('2025-01-05T19:00:00Z', ['no_counselor']),
    ], week);
    expect(runs.no_counselor).toEqual([{ start: 0, end: 120 }, { start: 240, end: 300 }]);
    expect(runs.under_two).toEqual([{ start: 0, end: 180 }]);
    expect(runs.no_supervisor).toEqual([]);
  });

  it('should leave out hours when they are outside the week', () => {
    expect(coverageRuns([hour('2025-01-05T14:00:00Z', ['no_counselor'])], week).no_counselor).toEqual([]);
  });

  it('should keep one run when the autumn hour repeats in Berlin', () => {
    const autumn = weekStartOf('2025-10-26T12:00:00Z', 'Europe/Berlin');
    const runs = coverageRuns([
      hour('2025-10-26T00:00:00Z', ['no_counselor']), // 02:00 CEST
      hour('2025-10-26T01:00:00Z', ['no_counselor']), // 02:00 CET
      hour('2025-10-26T02:00:00Z', ['no_counselor']), // 03:00 CET
    ], autumn);
    expect(runs.no_counselor).toEqual([{ start: 6 * 1440 + 120, end: 6 * 1440 + 240 }]);
  });
});
