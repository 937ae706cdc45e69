import { describe, expect, it } from 'vitest';
import { nextReadSeq, readMarkRefusal } from './read.rules.js';

describe('read marks', () => {
  it('should let only the assignee mark a chat read', () => {
    expect(readMarkRefusal({ assignedStaffId: 'a' }, 'a')).toBeNull();
    expect(readMarkRefusal({ assignedStaffId: 'a' }, 'b')?.code).toBe('FORBIDDEN');
    expect(readMarkRefusal({ assignedStaffId: null }, 'b')?.code).toBe('FORBIDDEN');
    expect(readMarkRefusal(null, 'b')?.code).toBe('NOT_FOUND');
  });

  it('should never lower the mark nor raise it past the last message', () => {
    expect(nextReadSeq(3, 5, 10)).toBe(5);
    expect(nextReadSeq(5, 3, 10)).toBe(5);
    expect(nextReadSeq(2, 99, 7)).toBe(7);
    expect(nextReadSeq(0, 0, 0)).toBe(0);
  });
});
