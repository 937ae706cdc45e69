import { describe, expect, it } from 'vitest';
import { readsOthers, staffAccessRefusal } from '../consultation/consultation.rules.js';
import { monitorRefusal, overviewFor, takeoverNotice, takeoverRefusal } from './supervision.rules.js';

const sup = { id: 's', active: true, roles: ['supervisor'] };
const active = { status: 'active' as const, assignedStaffId: 'c' };
const taker = { ...sup, onDuty: true, onShift: true, held: 0, maxConcurrent: 3 };

describe('monitorRefusal', () => {
  it.each([
    ['a counselor', active, { ...sup, roles: ['counselor'] }, 'FORBIDDEN'],
    ['an inactive supervisor', active, { ...sup, active: false }, 'FORBIDDEN'],
    ['a missing chat', null, sup, 'NOT_FOUND'],
    ['a closed chat', { status: 'closed' as const, assignedStaffId: 'c' }, sup, 'CONSULTATION_CLOSED'],
    ['a queued chat', { status: 'queued' as const, assignedStaffId: null }, sup, 'CONFLICT'],
    ['the supervisor\'s own chat', { status: 'active' as const, assignedStaffId: 's' }, sup, 'CONFLICT'],
  ])('should refuse when it is %s', (_what, c, who, code) => {
    expect(monitorRefusal(c, who)?.code).toBe(code);
  });
  it('should allow a supervisor an active chat of a colleague', () => {
    expect(monitorRefusal(active, sup)).toBeNull();
  });
});

describe('takeoverRefusal', () => {
  it('should refuse with AT_CAPACITY when the supervisor holds their maximum', () => {
    expect(takeoverRefusal(active, { ...taker, held: 3 })?.code).toBe('AT_CAPACITY');
  });
  it('should refuse off duty and after the shift, as a claim does', () => {
    expect(takeoverRefusal(active, { ...taker, onDuty: false })?.code).toBe('NOT_ON_DUTY');
    expect(takeoverRefusal(active, { ...taker, onShift: false })?.code).toBe('SHIFT_ENDED');
  });
  it('should allow a supervisor with room an active chat of a colleague', () => {
    expect(takeoverRefusal(active, taker)).toBeNull();
  });
});

describe('staffAccessRefusal for supervisors', () => {
  it('should let a supervisor read a chat not theirs, which counts as reading another\'s', () => {
    expect(staffAccessRefusal(active, 's', { write: false, roles: ['supervisor'] })).toBeNull();
    expect(readsOthers(active, 's')).toBe(true);
    expect(readsOthers(active, 'c')).toBe(false);
  });
  it('should let a supervisor write only a whisper, and only into an active chat', () => {
    expect(staffAccessRefusal(active, 's', { write: true, roles: ['supervisor'] })?.code).toBe('FORBIDDEN');
    expect(staffAccessRefusal(active, 's', { write: true, whisper: true, roles: ['supervisor'] })).toBeNull();
    expect(staffAccessRefusal({ status: 'queued', assignedStaffId: null }, 's', { write: true, whisper: true, roles: ['supervisor'] })?.code).toBe('FORBIDDEN');
    expect(staffAccessRefusal({ ...active, status: 'closed' }, 's', { write: true, whisper: true, roles: ['supervisor'] })?.code).toBe('CONSULTATION_CLOSED');
  });
  it('should refuse a counselor a whisper into a colleague\'s chat', () => {
    expect(staffAccessRefusal(active, 'x', { write: true, whisper: true, roles: ['counselor'] })?.code).toBe('FORBIDDEN');
  });
});

describe('overviewFor', () => {
  const data = {
    consultations: [{ id: 'a', status: 'active' as const, audience: 'self' as const, topic: 'other' as const, nickname: 'n', riskLevel: 'none' as const, priority: 0, createdAt: 't', since: 't' }],
    escalations: [{ id: 'e', consultationId: 'a', level: 'urgent' as const, status: 'open' as const, note: 'x', createdAt: 't' }],
    members: [
      { staffId: '1', displayName: 'A', roles: ['admin' as const], shift: null, onDuty: false, load: 0, maxConcurrent: 3 },
      { staffId: '2', displayName: 'B', roles: ['counselor' as const], shift: null, onDuty: true, load: 1, maxConcurrent: 3 },
    ],
  };
  it('should hide nicknames and notes from an admin and list only people who counsel', () => {
    const seen = overviewFor({ roles: ['admin'] }, data);
    expect(seen.consultations[0]).not.toHaveProperty('nickname');
    expect(seen.escalations[0]).not.toHaveProperty('note');
    expect(seen.counselors.map((m) => m.staffId)).toEqual(['2']);
    expect(overviewFor({ roles: ['supervisor'] }, data).consultations[0]?.nickname).toBe('n');
  });
});

describe('takeoverNotice', () => {
  it('should name the new counselor in the visitor\'s language', () => {
    expect(takeoverNotice('ja', '花子')).toContain('花子');
    expect(takeoverNotice('en', 'Hana')).toMatch(/Hana/);
  });
});
