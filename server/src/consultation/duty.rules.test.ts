import { describe, expect, it } from 'vitest';
import { onShift, reminderDue, shiftCovers, shiftOver } from './duty.rules.js';

const at = (hhmm: string) => new Date(`2025-03-01T${hhmm}:00Z`);
const shift = { startsAt: at('09:00'), endsAt: at('17:00'), role: 'counselor' };

describe('duty rules', () => {
  it.each([
    ['08:44', false],
    ['08:45', true],
    ['09:00', true],
    ['16:59', true],
    ['17:00', false],
  ])('should say a 09:00–17:00 shift covers %s: %s', (t, expected) => {
    expect(shiftCovers(shift, at(t))).toBe(expected);
  });

  it('should not count a shift when its role does not counsel', () => {
    expect(shiftCovers({ ...shift, role: 'admin' }, at('10:00'))).toBe(false);
    expect(shiftCovers({ ...shift, role: 'supervisor' }, at('10:00'))).toBe(true);
  });

  it('should be on shift when any of several shifts covers the instant', () => {
    const later = { startsAt: at('18:00'), endsAt: at('22:00'), role: 'counselor' };
    expect(onShift([shift, later], at('17:30'))).toBe(false);
    expect(onShift([shift, later], at('17:50'))).toBe(true);
    expect(onShift([], at('10:00'))).toBe(false);
  });

  it.each([
    ['16:49', false],
    ['16:50', true],
    ['16:59', true],
    ['17:00', false],
  ])('should make the end reminder due at %s: %s', (t, expected) => {
    expect(reminderDue(shift, at(t))).toBe(expected);
  });

  it.each([
    ['16:59', false],
    ['17:00', true],
    ['23:00', true],
  ])('should count the shift as over at %s: %s', (t, expected) => {
    expect(shiftOver(shift, at(t))).toBe(expected);
  });
});
