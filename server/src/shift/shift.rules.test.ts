import { describe, expect, it } from 'vitest';
import { endsRunningShift, shiftRefusal, type PlannedShift, type ShiftHolder } from './shift.rules.js';

const h = (hour: number) => new Date(Date.UTC(2026, 10, 27, hour));
const plan = (a: number, b: number, role: PlannedShift['role'] = 'counselor'): PlannedShift => ({ staffId: 'a', startsAt: h(a), endsAt: h(b), role });
const counselor: ShiftHolder = { active: true, roles: ['counselor'] };
const span = (a: number, b: number) => ({ startsAt: h(a), endsAt: h(b) });

describe('validating one shift', () => {
  it.each([
    ['a day shift', plan(9, 17), counselor, [], null],
    ['exactly 16 hours', plan(0, 16), counselor, [], null],
    ['a shift across midnight', plan(20, 28), counselor, [], null],
    ['a shift touching the one before and the one after', plan(9, 17), counselor, [span(5, 9), span(17, 20)], null],
    ['the end before the start', plan(17, 9), counselor, [], ['INVALID_PAYLOAD', 'endsAt']],
    ['the end at the start', plan(9, 9), counselor, [], ['INVALID_PAYLOAD', 'endsAt']],
    ['17 hours', plan(0, 17), counselor, [], ['INVALID_PAYLOAD', 'endsAt']],
    ['no such person', plan(9, 17), undefined, [], ['INVALID_PAYLOAD', 'staffId']],
    ['a deactivated person', plan(9, 17), { active: false, roles: ['counselor'] }, [], ['INVALID_PAYLOAD', 'staffId']],
    ['a role the person does not hold', plan(9, 17, 'supervisor'), counselor, [], ['INVALID_PAYLOAD', 'role']],
    ['an overlap with another shift of the person', plan(9, 17), counselor, [span(16, 20)], ['CONFLICT', 'startsAt']],
    ['a shift inside another of the person', plan(10, 11), counselor, [span(9, 17)], ['CONFLICT', 'startsAt']],
  ])('should give the right answer for %s', (_name, s, holder, others, expected) => {
    const refusal = shiftRefusal(s, holder, others);
    expect(refusal && [refusal.code, refusal.field]).toEqual(expected);
  });
});

describe('ending a running shift', () => {
  it.each([
    ['it is shortened to end now', span(9, 17), [], true],
    ['it is deleted or moved to later', span(9, 17), [], true],
    ['it was not running', span(12, 17), [], false],
    ['it already ended', span(5, 9), [], false],
    ['it is extended', span(9, 17), [span(9, 20)], false],
    ['another shift of the person covers now', span(9, 17), [span(10, 12)], false],
  ])('should tell when %s', (_name, before, after, expected) => {
    expect(endsRunningShift(before, after, h(10))).toBe(expected);
  });
  it('should not end anything when there was no shift before', () => {
    expect(endsRunningShift(null, [], h(10))).toBe(false);
  });
});
