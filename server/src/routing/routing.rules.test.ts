import { describe, expect, it } from 'vitest';
import {
  familyTeamAtStart, keepsWaiting, nextShiftAtFor, preferDecision, reservationAtStart, reservedClaimRefusal, toPreferredCounselor,
  visitorPreferred, waitForCounselorSeconds, type AskedFor, type Reserved,
} from './routing.rules.js';

const now = new Date('2026-12-01T03:00:00Z');
const later = (s: number) => new Date(now.getTime() + s * 1000);
const A: AskedFor = { staffId: 'a', active: true, roles: ['counselor'], onDuty: true };
const tomorrow = { startsAt: later(86_400), endsAt: later(86_400 + 4 * 3600) };

describe('reservationAtStart', () => {
  it('should offer the chat first to the counselor for the offer time when they are on duty', () => {
    expect(reservationAtStart(A, null, now, 180)).toEqual({ reservation: { staffId: 'a', mode: 'first', until: later(180) } });
  });

  it('should keep the chat for an off-duty counselor until their next shift ends and say when it starts', () => {
    expect(reservationAtStart({ ...A, onDuty: false }, tomorrow, now, 180)).toEqual({
      reservation: { staffId: 'a', mode: 'wait', until: tomorrow.endsAt }, counselorNextShiftAt: tomorrow.startsAt.toISOString(),
    });
  });

  it.each([
    ['no shift is planned', { ...A, onDuty: false }, null],
    ['the account is inactive', { ...A, active: false }, tomorrow],
    ['they no longer counsel', { ...A, roles: ['admin'] }, tomorrow],
  ])('should reserve nothing and tell null when %s', (_case, asked, shift) => {
    expect(reservationAtStart(asked, shift, now, 180)).toEqual({ reservation: null, counselorNextShiftAt: null });
  });

  it('should tell nothing when no earlier consultation had a counselor', () => {
    expect(reservationAtStart(null, null, now, 180)).toEqual({ reservation: null });
  });
});

describe('familyTeamAtStart', () => {
  it.each([
    ['family', false, 'family', 1, 'family'],
    ['family', false, 'family', 0, null],
    ['family', true, 'family', 2, null],
    ['family', false, '', 2, null],
    ['self', false, 'family', 2, null],
  ] as const)('should route %s (reserved %s, team "%s", %d on duty) to %s', (audience, reserved, team, members, expected) => {
    expect(familyTeamAtStart(audience, reserved, team, members)).toBe(expected);
  });
});

const reserved = (over: Partial<Reserved> = {}): Reserved & { riskLevel: 'none' | 'high' } => ({
  status: 'queued', preferredStaffId: 'a', preferredMode: 'first', preferredUntil: later(60), riskLevel: 'none', ...over,
});

describe('reservedClaimRefusal', () => {
  it('should refuse another counselor while the reservation is in force, on the won (active) row', () => {
    expect(reservedClaimRefusal({ ...reserved(), status: 'active' }, 'b', now)?.code).toBe('RESERVED_FOR_COUNSELOR');
  });

  it.each([
    ['the asked-for counselor', reserved(), 'a'],
    ['anyone once the time is up', reserved({ preferredUntil: now }), 'b'],
    ['anyone when nothing is reserved', reserved({ preferredStaffId: null, preferredMode: null, preferredUntil: null }), 'b'],
    ['anyone when the visitor is at high risk', { ...reserved(), riskLevel: 'high' as const }, 'b'],
  ])('should let %s claim', (_case, row, who) => {
    expect(reservedClaimRefusal(row, who, now)).toBeNull();
  });
});

describe('keepsWaiting', () => {
  it.each([
    [reserved({ preferredMode: 'wait' }), true],
    [reserved({ preferredMode: 'message' }), true],
    [reserved({ preferredMode: 'first' }), false],
    [reserved({ preferredMode: 'wait', preferredUntil: now }), false],
    [reserved({ preferredMode: 'wait', status: 'active' }), false],
  ])('should exempt %j from closing: %s', (row, expected) => {
    expect(keepsWaiting(row, now)).toBe(expected);
  });
});

describe('preferDecision', () => {
  it('should end a reservation on anyone and change the mode on wait or message', () => {
    expect(preferDecision(reserved({ preferredMode: 'wait' }), 'anyone', now)).toEqual({ clear: true });
    expect(preferDecision(reserved({ preferredMode: 'wait' }), 'message', now)).toEqual({ mode: 'message' });
    expect(preferDecision(reserved({ preferredMode: 'wait' }), 'wait', now)).toBe('unchanged');
  });

  it('should take anyone as done once the reservation ended, and refuse waiting for nobody', () => {
    const none = reserved({ preferredStaffId: null, preferredMode: null, preferredUntil: null });
    expect(preferDecision(none, 'anyone', now)).toBe('unchanged');
    expect(preferDecision(none, 'wait', now)).toMatchObject({ code: 'CONFLICT' });
  });

  it('should refuse a chat that no longer waits', () => {
    expect(preferDecision(reserved({ status: 'active' }), 'anyone', now)).toMatchObject({ code: 'CONFLICT' });
    expect(preferDecision(null, 'anyone', now)).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('what the visitor and staff are told', () => {
  it('should give the awaited shift start only while it is ahead and not when offered first', () => {
    expect(nextShiftAtFor('wait', later(60), now)).toBe(later(60).toISOString());
    expect(nextShiftAtFor('wait', now, now)).toBeNull();
    expect(nextShiftAtFor('first', later(60), now)).toBeNull();
  });

  it('should estimate the wait as the time until that shift, or null when unknown', () => {
    expect(waitForCounselorSeconds(later(3600).toISOString(), now)).toBe(3600);
    expect(waitForCounselorSeconds(now.toISOString(), later(5))).toBe(0);
    expect(waitForCounselorSeconds(null, now)).toBeNull();
  });

  it('should map a reservation to the staff and the visitor shapes', () => {
    const p = toPreferredCounselor({ staffId: 'a', name: '佐藤', mode: 'wait', until: later(7200), shiftStartsAt: later(3600) }, now);
    expect(p).toEqual({ staffId: 'a', name: '佐藤', mode: 'wait', until: later(7200).toISOString(), nextShiftAt: later(3600).toISOString() });
    expect(visitorPreferred(p)).toEqual({ counselorName: '佐藤', mode: 'wait', until: p.until, nextShiftAt: p.nextShiftAt });
  });
});
