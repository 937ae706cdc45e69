import { describe, expect, it } from 'vitest';
import { canCounsel, mayCounsel, staffChanges, wouldRemoveLastAdmin } from './staff.rules.js';

describe('staff rules', () => {
  it('should let counselors and supervisors counsel but not admins alone', () => {
    expect(canCounsel({ roles: ['counselor'] })).toBe(true);
    expect(canCounsel({ roles: ['supervisor'] })).toBe(true);
    expect(canCounsel({ roles: ['admin', 'supervisor'] })).toBe(true);
    expect(canCounsel({ roles: ['admin'] })).toBe(false);
  });
  it('should let nobody counsel when the account is inactive', () => {
    expect(mayCounsel({ roles: ['counselor'], active: true })).toBe(true);
    expect(mayCounsel({ roles: ['counselor'], active: false })).toBe(false);
    expect(mayCounsel({ roles: ['admin'], active: true })).toBe(false);
  });
  it('should refuse to deactivate or demote the last active admin', () => {
    const admin = { roles: ['admin'], active: true };
    expect(wouldRemoveLastAdmin(admin, { active: false }, 1)).toBe(true);
    expect(wouldRemoveLastAdmin(admin, { roles: ['counselor'] }, 1)).toBe(true);
    expect(wouldRemoveLastAdmin(admin, { active: false }, 2)).toBe(false);
    expect(wouldRemoveLastAdmin({ roles: ['counselor'], active: true }, { active: false }, 1)).toBe(false);
  });

  describe('audited changes', () => {
    const before = { displayName: 'Aoi', roles: ['counselor'], teams: ['family'], maxConcurrent: 3, active: true };
    it.each([
      ['a role granted', { roles: ['counselor', 'admin'] }, { roles: { from: ['counselor'], to: ['counselor', 'admin'] } }],
      ['a deactivation', { active: false }, { active: { from: true, to: false } }],
      ['a new limit and name', { maxConcurrent: 5, displayName: 'Aoi S.' }, { maxConcurrent: { from: 3, to: 5 }, displayName: { from: 'Aoi', to: 'Aoi S.' } }],
      ['the same roles in another order', { roles: ['counselor'], teams: ['family'] }, {}],
      ['only a password', { passwordHash: 'x', mustChangePassword: true } as object, {}],
    ])('should record exactly what changed when the update is %s', (_name, after, expected) => {
      expect(staffChanges(before, after)).toEqual(expected);
    });
  });
});
