import { describe, expect, it } from 'vitest';
import { localDate, planCopyWeek, planRefusal, planRepeatWeekly, weekWindow, weeksLater } from './bulk.rules.js';
import type { PlannedShift } from './shift.rules.js';

const at = (iso: string) => new Date(iso);
const shift = (from: string, to: string, staffId = 'a'): PlannedShift => ({ staffId, role: 'counselor', startsAt: at(from), endsAt: at(to) });
const BERLIN = 'Europe/Berlin';
const TOKYO = 'Asia/Tokyo';

describe('copying at the same wall-clock time', () => {
  it.each([
    ['a night shift into the spring-forward week', BERLIN, shift('2026-03-23T20:00+01:00', '2026-03-24T08:00+01:00'), '2026-03-30T20:00+02:00', '2026-03-31T08:00+02:00'],
    ['a shift across the spring-forward night', BERLIN, shift('2026-03-22T20:00+01:00', '2026-03-23T08:00+01:00'), '2026-03-29T20:00+02:00', '2026-03-30T08:00+02:00'],
    ['a shift into the fall-back night', BERLIN, shift('2026-10-17T22:00+02:00', '2026-10-18T06:00+02:00'), '2026-10-24T22:00+02:00', '2026-10-25T06:00+01:00'],
    ['a night shift across midnight in Tokyo', TOKYO, shift('2026-11-29T22:00+09:00', '2026-11-30T06:00+09:00'), '2026-12-06T22:00+09:00', '2026-12-07T06:00+09:00'],
  ])('should keep local times when copying %s', (_name, tz, s, startsAt, endsAt) => {
    expect(weeksLater(s, 1, tz)).toEqual({ ...s, startsAt: at(startsAt), endsAt: at(endsAt) });
  });

  it('should copy every shift of a week into each of the next weeks', () => {
    const week = [shift('2026-11-23T09:00+09:00', '2026-11-23T17:00+09:00'), shift('2026-11-29T22:00+09:00', '2026-11-30T06:00+09:00', 'b')];
    const copies = planCopyWeek(week, 2, TOKYO);
    expect(copies.map((c) => [c.staffId, localDate(c.startsAt, TOKYO)])).toEqual([['a', '2026-11-30'], ['b', '2026-12-06'], ['a', '2026-12-07'], ['b', '2026-12-13']]);
  });

  it('should span seven local days when the week has a daylight-saving change', () => {
    const { from, to } = weekWindow('2026-03-23', BERLIN);
    expect([from, to]).toEqual([at('2026-03-23T00:00+01:00'), at('2026-03-30T00:00+02:00')]);
    expect((to.getTime() - from.getTime()) / 3_600_000).toBe(167);
  });
});

describe('repeating weekly', () => {
  const monday = shift('2026-03-16T09:00+01:00', '2026-03-16T17:00+01:00');
  it('should repeat up to and including the until date when it falls on a repeat', () => {
    expect(planRepeatWeekly(monday, '2026-04-06', BERLIN).map((s) => s.startsAt)).toEqual(
      [at('2026-03-23T09:00+01:00'), at('2026-03-30T09:00+02:00'), at('2026-04-06T09:00+02:00')],
    );
  });
  it.each([
    ['until is before the next week', '2026-03-22', 'until is before'],
    ['until is over a year ahead', '2027-06-01', 'at most 53 weeks'],
  ])('should refuse with the until field when %s', (_name, until, message) => {
    expect(() => planRepeatWeekly(monday, until, BERLIN)).toThrow(expect.objectContaining({ code: 'INVALID_PAYLOAD', field: 'until', message: expect.stringContaining(message) }));
  });
});

describe('checking a plan', () => {
  const plan = [shift('2026-11-30T09:00+09:00', '2026-11-30T17:00+09:00'), shift('2026-12-07T09:00+09:00', '2026-12-07T17:00+09:00')];
  it.each([
    ['nothing clashes', [shift('2026-12-07T17:00+09:00', '2026-12-07T20:00+09:00'), shift('2026-12-07T10:00+09:00', '2026-12-07T12:00+09:00', 'b')], null],
    ['a shift of the same person overlaps', [shift('2026-12-07T16:00+09:00', '2026-12-07T20:00+09:00')], { code: 'CONFLICT', field: 'weekStart', message: '2026-12-07: overlaps another shift of the same person' }],
  ])('should give %s', (_name, existing, expected) => {
    const refusal = planRefusal(plan, existing, TOKYO, 'weekStart');
    expect(refusal && { code: refusal.code, field: refusal.field, message: refusal.message }).toEqual(expected);
  });
  it('should refuse a copy that a daylight-saving change makes longer than 16 hours', () => {
    const long = [shift('2026-10-24T16:00+02:00', '2026-10-25T08:00+01:00')]; // 16:00–08:00 local is 17 hours that night
    expect(planRefusal(long, [], BERLIN, 'weekStart')).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'weekStart', message: expect.stringMatching(/^2026-10-24: /) });
  });
  it('should refuse two planned shifts of one person that overlap each other', () => {
    expect(planRefusal([plan[0]!, shift('2026-11-30T16:00+09:00', '2026-11-30T18:00+09:00')], [], TOKYO, 'until')).toMatchObject({ code: 'CONFLICT', field: 'until' });
  });
});
