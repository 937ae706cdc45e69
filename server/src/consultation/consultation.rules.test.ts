import { describe, expect, it } from 'vitest';
import { claimRefusal, handoverNote, previewOf, REQUEUE_NOTES, staffAccessRefusal, visitorWriteRefusal } from './consultation.rules.js';

const who = { onDuty: true, active: true, roles: ['counselor'], maxConcurrent: 3, held: 0, onShift: true };

describe('claimRefusal', () => {
  it('should allow a queued chat for an on-duty counselor with room', () => {
    expect(claimRefusal({ status: 'queued', assignedStaffId: null }, who)).toBeNull();
  });
  it('should refuse with ALREADY_CLAIMED when the chat is active', () => {
    expect(claimRefusal({ status: 'active', assignedStaffId: 'x' }, who)?.code).toBe('ALREADY_CLAIMED');
  });
  it('should refuse with AT_CAPACITY when the counselor holds their maximum', () => {
    expect(claimRefusal({ status: 'queued', assignedStaffId: null }, { ...who, held: 3 })?.code).toBe('AT_CAPACITY');
  });
  it('should refuse with NOT_ON_DUTY before anything else when off duty', () => {
    expect(claimRefusal({ status: 'active', assignedStaffId: 'x' }, { ...who, onDuty: false })?.code).toBe('NOT_ON_DUTY');
  });
  it('should refuse with FORBIDDEN when the claimant has no counselling role, even while still marked on duty', () => {
    expect(claimRefusal({ status: 'queued', assignedStaffId: null }, { ...who, roles: ['admin'] })?.code).toBe('FORBIDDEN');
    expect(claimRefusal({ status: 'queued', assignedStaffId: null }, { ...who, roles: ['supervisor'] })).toBeNull();
  });
  it('should refuse with SHIFT_ENDED when the claimant is on duty but no shift of theirs covers now', () => {
    expect(claimRefusal({ status: 'queued', assignedStaffId: null }, { ...who, onShift: false })?.code).toBe('SHIFT_ENDED');
    expect(claimRefusal({ status: 'queued', assignedStaffId: null }, { ...who, onShift: false, onDuty: false })?.code).toBe('NOT_ON_DUTY');
  });
  it('should refuse closed and missing consultations', () => {
    expect(claimRefusal({ status: 'closed', assignedStaffId: null }, who)?.code).toBe('CONSULTATION_CLOSED');
    expect(claimRefusal(null, who)?.code).toBe('NOT_FOUND');
  });
});

describe('staffAccessRefusal', () => {
  it('should refuse a counselor who is not assigned', () => {
    expect(staffAccessRefusal({ status: 'active', assignedStaffId: 'a' }, 'b', { write: false })?.code).toBe('FORBIDDEN');
  });
  it('should let the assigned counselor read a closed chat but not write to it', () => {
    const c = { status: 'closed' as const, assignedStaffId: 'a' };
    expect(staffAccessRefusal(c, 'a', { write: false })).toBeNull();
    expect(staffAccessRefusal(c, 'a', { write: true })?.code).toBe('CONSULTATION_CLOSED');
  });
  it('should refuse the assigned reader a transcript when their current roles no longer let them counsel', () => {
    const c = { status: 'closed' as const, assignedStaffId: 'a' };
    expect(staffAccessRefusal(c, 'a', { write: false, roles: ['admin'] })?.code).toBe('FORBIDDEN');
    expect(staffAccessRefusal(c, 'a', { write: false, roles: ['supervisor'] })).toBeNull();
  });
});

describe('visitorWriteRefusal', () => {
  it('should refuse writes to a closed consultation', () => {
    expect(visitorWriteRefusal({ status: 'closed' })?.code).toBe('CONSULTATION_CLOSED');
    expect(visitorWriteRefusal({ status: 'queued' })).toBeNull();
  });
});

describe('previewOf', () => {
  it('should flatten white space and cut long text to 140 characters', () => {
    expect(previewOf('a\n\n b')).toBe('a b');
    expect(previewOf('x'.repeat(300))).toHaveLength(140);
    expect(previewOf(undefined)).toBeNull();
  });
});

describe('handoverNote', () => {
  it('should keep the counselor\'s words when a note is given, and say the shift ended when none is', () => {
    expect(handoverNote('  希死念慮の話が出ています。  ')).toBe('希死念慮の話が出ています。');
    expect(handoverNote(undefined)).toBe(REQUEUE_NOTES.shift_handover);
    expect(handoverNote('   ')).toBe(REQUEUE_NOTES.shift_handover);
  });
});
