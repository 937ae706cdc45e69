import { describe, expect, it } from 'vitest';
import { cannedEditRefusal, sortCanned } from './canned.rules.js';

const admin = { id: 'adm', roles: ['admin'] };
const counselor = { id: 'c1', roles: ['counselor'] };

describe('canned reply rules', () => {
  it('should let only admins change center replies', () => {
    expect(cannedEditRefusal({ scope: 'center', ownerStaffId: null }, admin)).toBeNull();
    expect(cannedEditRefusal({ scope: 'center', ownerStaffId: null }, counselor)?.code).toBe('FORBIDDEN');
  });

  it('should let only the owner change a personal reply, and hide it from others', () => {
    expect(cannedEditRefusal({ scope: 'personal', ownerStaffId: 'c1' }, counselor)).toBeNull();
    expect(cannedEditRefusal({ scope: 'personal', ownerStaffId: 'c1' }, admin)?.code).toBe('NOT_FOUND');
    expect(cannedEditRefusal(null, admin)?.code).toBe('NOT_FOUND');
  });

  it('should list center replies first, each group by shortcut then title', () => {
    const r = (scope: 'center' | 'personal', shortcut: string, title: string) => ({ scope, ownerStaffId: null, shortcut, title });
    const sorted = sortCanned([r('personal', 'a', 'x'), r('center', '', 'z'), r('center', 'b', 'y'), r('center', 'a', 'w')]);
    expect(sorted.map((s) => `${s.scope}:${s.shortcut}:${s.title}`)).toEqual(['center:a:w', 'center:b:y', 'center::z', 'personal:a:x']);
  });
});
