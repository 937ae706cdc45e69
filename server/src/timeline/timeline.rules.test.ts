import { describe, expect, it } from 'vitest';
import { publicData, staffIdsIn, timelineAccessRefusal, withStaffNames } from './timeline.rules.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const active = (assignedStaffId: string | null) => ({ status: 'active' as const, assignedStaffId });
const reader = (roles: string[], id = A, isActive = true) => ({ id, roles, active: isActive });

describe('timelineAccessRefusal', () => {
  it.each([
    ['its counselor', active(A), reader(['counselor']), null],
    ['a supervisor who does not hold it', active(B), reader(['supervisor']), null],
    ['a supervisor on a queued chat', { status: 'queued' as const, assignedStaffId: null }, reader(['supervisor']), null],
    ['another counselor', active(B), reader(['counselor']), 'FORBIDDEN'],
    ['an admin alone', active(B), reader(['admin']), 'FORBIDDEN'],
    ['its counselor whose roles were reduced to admin', active(A), reader(['admin']), 'FORBIDDEN'],
    ['an inactive supervisor', active(B), reader(['supervisor'], A, false), 'FORBIDDEN'],
    ['a counselor on a missing chat', null, reader(['counselor']), 'NOT_FOUND'],
    ['a supervisor on a missing chat', null, reader(['supervisor']), 'NOT_FOUND'],
  ])('should answer %s with %s', (_who, c, r, code) => {
    expect(timelineAccessRefusal(c, r)?.code ?? null).toBe(code);
  });

  it('should refuse with FORBIDDEN when the reader no longer exists', () => {
    expect(timelineAccessRefusal(active(A), null)?.code).toBe('FORBIDDEN');
  });
});

describe('publicData', () => {
  it.each([
    ['enum values and flags', { reason: 'counselor_closed', accept: true, level: 'emergency', priority: 10 }, { reason: 'counselor_closed', accept: true, level: 'emergency', priority: 10 }],
    ['ids and null', { toStaffId: A, toTeam: 'family', outcome: null }, { toStaffId: A, toTeam: 'family', outcome: null }],
    ['a note', { note: 'short', mode: 'warm' }, { mode: 'warm' }],
    ['free text under any key', { reason: '冗談だったと確認', from: 'high' }, { from: 'high' }],
    ['English words with spaces', { why: 'checked with the family' }, {}],
    ['matched phrases, even one ASCII word', { matched: ['OD'], level: 'high' }, { level: 'high' }],
    ['lists of tokens', { tags: ['a', 'b'] }, { tags: ['a', 'b'] }],
    ['lists holding text', { tags: ['a', 'b c'] }, {}],
    ['nested objects', { to: { staffId: A } }, {}],
  ])('should keep only ids, enums and flags when the data holds %s', (_what, data, expected) => {
    expect(publicData(data)).toEqual(expected);
  });

  it.each([null, 'text', 3, [1, 2]])('should answer {} when the data is not an object (%s)', (data) => {
    expect(publicData(data)).toEqual({});
  });
});

describe('staff names in data', () => {
  it('should name each staff id beside it when its name is known', () => {
    const data = { fromStaffId: A, toStaffId: B, from: A, handoffId: B, level: 'x' };
    expect(staffIdsIn(data)).toEqual([A, B, A, B]);
    // B is not a staff member here (the handoffId): nothing is added for it.
    expect(withStaffNames(data, new Map([[A, '佐藤']]))).toEqual({ ...data, fromStaffName: '佐藤' });
    expect(withStaffNames({ toStaffId: B }, new Map([[B, '鈴木']]))).toEqual({ toStaffId: B, toStaffName: '鈴木' });
  });
});
