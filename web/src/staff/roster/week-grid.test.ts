import { describe, expect, it } from 'vitest';
import { gridMinutes, instantAt, minutesAtX, nudge, placeBlock, shiftWeek, snap, weekDays, weekStartOf } from './week-grid';

const TOKYO = 'Asia/Tokyo';
const BERLIN = 'Europe/Berlin';
const iso = (d: Date | number) => new Date(d).toISOString();

describe('week start in a zone', () => {
  it.each([
    ['should be the local Monday when the UTC date is still Sunday', '2025-01-05T20:00:00Z', TOKYO, '2025-01-05T15:00:00.000Z'],
    ['should stay in the week when it is Sunday 23:59 local', '2025-01-12T14:59:00Z', TOKYO, '2025-01-05T15:00:00.000Z'],
    ['should be Monday 00:00 CET when the week holds the spring DST change', '2025-03-30T12:00:00Z', BERLIN, '2025-03-23T23:00:00.000Z'],
    ['should be Monday 00:00 CEST when the week holds the autumn DST change', '2025-10-26T12:00:00Z', BERLIN, '2025-10-19T22:00:00.000Z'],
  ])('%s', (_name, instant, zone, expected) => {
    expect(iso(weekStartOf(instant, zone))).toBe(expected);
  });

  it('should land on local Monday 00:00 when stepping over a DST change', () => {
    expect(iso(shiftWeek(weekStartOf('2025-03-30T12:00:00Z', BERLIN), 1))).toBe('2025-03-30T22:00:00.000Z');
    expect(iso(shiftWeek(weekStartOf('2025-10-26T12:00:00Z', BERLIN), 1))).toBe('2025-10-26T23:00:00.000Z');
    expect(iso(shiftWeek(weekStartOf('2025-10-26T12:00:00Z', BERLIN), -1))).toBe('2025-10-12T22:00:00.000Z');
  });

  it('should list seven local midnights when the week has a 23-hour day', () => {
    const days = weekDays(weekStartOf('2025-03-30T12:00:00Z', BERLIN)).map(iso);
    expect(days[5]).toBe('2025-03-28T23:00:00.000Z');
    expect(days[6]).toBe('2025-03-29T23:00:00.000Z');
  });
});

describe('grid position of an instant', () => {
  const tokyoWeek = weekStartOf('2025-01-06T00:00:00Z', TOKYO);
  const berlinSpring = weekStartOf('2025-03-30T12:00:00Z', BERLIN);
  const berlinAutumn = weekStartOf('2025-10-26T12:00:00Z', BERLIN);

  it.each([
    ['should be Tuesday 22:00 when a shift starts before midnight', '2025-01-07T13:00:00Z', tokyoWeek, 1440 + 22 * 60],
    ['should be Wednesday 06:00 when that shift ends after midnight', '2025-01-07T21:00:00Z', tokyoWeek, 2 * 1440 + 6 * 60],
    ['should read 01:59 when it is just before the spring gap', '2025-03-30T00:59:00Z', berlinSpring, 6 * 1440 + 119],
    ['should read 03:00 when it is just after the spring gap', '2025-03-30T01:00:00Z', berlinSpring, 6 * 1440 + 180],
    ['should read 02:30 when it is the first pass of the repeated autumn hour', '2025-10-26T00:30:00Z', berlinAutumn, 6 * 1440 + 150],
    ['should read 02:30 again when it is the second pass', '2025-10-26T01:30:00Z', berlinAutumn, 6 * 1440 + 150],
    ['should be past the week when it is next Monday', '2025-01-12T15:00:00Z', tokyoWeek, 7 * 1440],
  ])('%s', (_name, instant, week, expected) => {
    expect(gridMinutes(instant, week)).toBe(expected);
  });

  it('should give back the instant when a grid position is turned into one', () => {
    expect(iso(instantAt(tokyoWeek, 1440 + 22 * 60))).toBe('2025-01-07T13:00:00.000Z');
    expect(iso(instantAt(berlinSpring, 6 * 1440 + 180))).toBe('2025-03-30T01:00:00.000Z');
    expect(iso(instantAt(berlinAutumn, 6 * 1440 + 180))).toBe('2025-10-26T02:00:00.000Z');
  });

  it('should land after the gap when the position is a wall-clock time DST skips', () => {
    expect(iso(instantAt(berlinSpring, 6 * 1440 + 150))).toBe('2025-03-30T01:30:00.000Z');
  });
});

describe('blocks and snapping', () => {
  const week = weekStartOf('2025-01-06T00:00:00Z', TOKYO);
  const next = shiftWeek(week, 1);

  it('should draw one block over the day line when a shift crosses midnight', () => {
    expect(placeBlock('2025-01-07T13:00:00Z', '2025-01-07T21:00:00Z', week)).toEqual({ start: 2760, end: 3240, clippedStart: false, clippedEnd: false });
  });

  it('should clip the block in both weeks when a shift crosses the week boundary', () => {
    // Sunday 22:00 → Monday 06:00 (Tokyo).
    const [s, e] = ['2025-01-12T13:00:00Z', '2025-01-12T21:00:00Z'];
    expect(placeBlock(s, e, week)).toEqual({ start: 6 * 1440 + 1320, end: 7 * 1440, clippedStart: false, clippedEnd: true });
    expect(placeBlock(s, e, next)).toEqual({ start: 0, end: 360, clippedStart: true, clippedEnd: false });
    expect(placeBlock(s, e, shiftWeek(week, 2))).toBeNull();
  });

  it.each([[7, 0], [8, 15], [22, 15], [23, 30], [1439, 1440]])('should snap %i minutes to %i when snapping to 15', (m, expected) => {
    expect(snap(m)).toBe(expected);
  });

  it('should snap and clamp when reading a pointer position', () => {
    expect(minutesAtX(1, 700)).toBe(15);
    expect(minutesAtX(350, 700)).toBe(5040);
    expect(minutesAtX(-20, 700)).toBe(0);
    expect(minutesAtX(720, 700)).toBe(10080);
  });

  it('should keep wall-clock times when a night shift is moved over the autumn change', () => {
    const autumn = weekStartOf('2025-10-26T12:00:00Z', BERLIN);
    // Saturday 22:00 CEST → Sunday 06:00 CET, moved one hour later: 23:00 → 07:00.
    expect(nudge('2025-10-25T20:00:00Z', '2025-10-26T05:00:00Z', 60, 'move', autumn)).toEqual({
      startsAt: '2025-10-25T21:00:00.000Z', endsAt: '2025-10-26T06:00:00.000Z',
    });
    expect(nudge('2025-10-25T20:00:00Z', '2025-10-26T05:00:00Z', -15, 'resize-end', autumn).endsAt).toBe('2025-10-26T04:45:00.000Z');
  });
});
