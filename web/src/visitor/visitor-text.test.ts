import { describe, expect, it } from 'vitest';
import { closedMessageKey, describePosition, describeWait, errorKey } from './visitor-text';

describe('describeWait', () => {
  const open = { open: true, nextOpening: null };
  it('should say the wait cannot be estimated when there is no estimate', () => {
    expect(describeWait({ position: 2, estimatedWaitSeconds: null }, open)).toEqual({ key: 'waiting.waitUnknown' });
  });

  it('should give a range when there is an estimate', () => {
    expect(describeWait({ position: 2, estimatedWaitSeconds: 20 * 60 }, open)).toEqual({
      key: 'waiting.waitRange', values: { min: 10, max: 30 },
    });
  });

  it('should say "up to" when the lower end rounds to zero', () => {
    expect(describeWait({ position: 1, estimatedWaitSeconds: 60 }, null)).toEqual({ key: 'waiting.waitUpTo', values: { max: 5 } });
  });

  it('should say when it will be read and never minutes when closed', () => {
    for (const estimatedWaitSeconds of [null, 60, 3600, 60_000]) {
      expect(describeWait({ position: 3, estimatedWaitSeconds }, { open: false, nextOpening: '2030-01-01T10:00:00Z' })).toEqual({
        key: 'waiting.readFrom', when: { iso: '2030-01-01T10:00:00Z', style: 'from' },
      });
      expect(describeWait({ position: 3, estimatedWaitSeconds }, { open: false, nextOpening: null })).toEqual({ key: 'waiting.readLater' });
    }
  });

  const now = new Date('2030-01-01T05:03:00Z');
  it('should say about when it will be read, not hundreds of minutes, when the wait is beyond an hour', () => {
    const p = describeWait({ position: 9, estimatedWaitSeconds: 130 * 60 }, { open: true, nextOpening: null }, now);
    expect(p).toEqual({ key: 'waiting.readAround', when: { iso: '2030-01-01T07:20:00.000Z', style: 'around' } });
  });

  it('should not promise a turn before closing when the estimate runs past the end of the hours', () => {
    const hours = { open: true, nextOpening: null, closesAt: '2030-01-01T06:00:00Z' };
    expect(describeWait({ position: 9, estimatedWaitSeconds: 90 * 60 }, hours, now)).toEqual({
      key: 'waiting.mayMissClosing', when: { iso: '2030-01-01T06:00:00Z', style: 'until' },
    });
    expect(describeWait({ position: 1, estimatedWaitSeconds: 60 }, hours, now).key).toBe('waiting.waitUpTo');
  });
});

describe('describePosition', () => {
  it('should say next when first in line and the number otherwise', () => {
    expect(describePosition({ position: 1, estimatedWaitSeconds: null }).key).toBe('waiting.positionNext');
    expect(describePosition({ position: 4, estimatedWaitSeconds: null })).toEqual({ key: 'waiting.position', values: { position: 4 } });
  });
});

describe('closedMessageKey', () => {
  it('should explain gently who or what closed the consultation', () => {
    expect(closedMessageKey('counselor_closed')).toBe('closed.byCounselor');
    expect(closedMessageKey('inactive')).toBe('closed.inactive');
    expect(closedMessageKey('abandoned')).toBe('closed.inactive');
    expect(closedMessageKey('visitor_left')).toBe('closed.byVisitor');
    expect(closedMessageKey(null)).toBe('closed.generic');
  });
});

describe('errorKey', () => {
  it('should say the code was not recognised when a resume fails on the code', () => {
    expect(errorKey('resume', 'NOT_FOUND')).toBe('errors.resumeNotFound');
    expect(errorKey('resume', 'UNAUTHENTICATED')).toBe('errors.resumeNotFound');
  });

  it('should map codes the same way in every context when they are not context-specific', () => {
    expect(errorKey('send', 'RATE_LIMITED')).toBe('errors.rateLimited');
    expect(errorKey('start', 'RATE_LIMITED')).toBe('errors.rateLimited');
    expect(errorKey('leave', 'CONSULTATION_CLOSED')).toBe('errors.closed');
  });

  it('should fall back to a connection or retry message when the code is unexpected', () => {
    expect(errorKey('start', 'INTERNAL')).toBe('errors.cannotConnect');
    expect(errorKey('send', 'NOT_BOUND')).toBe('errors.tryAgain');
    expect(errorKey('send', 'INVALID_PAYLOAD')).toBe('errors.invalidMessage');
  });
});
