import { canCounsel, type Role } from '@hidamari/shared';

export { canCounsel };

export const hasRole = (s: { roles: readonly string[] }, role: Role): boolean => s.roles.includes(role);

/** Whether someone may hold chats right now: an active account with a counselling role. */
export const mayCounsel = (s: { roles: readonly string[]; active: boolean }): boolean => s.active && canCounsel(s);

/** An admin may not remove the last active admin (the service would lock itself out). */
export function wouldRemoveLastAdmin(
  before: { roles: readonly string[]; active: boolean },
  after: { roles?: readonly string[]; active?: boolean },
  activeAdmins: number,
): boolean {
  const wasAdmin = before.active && hasRole(before, 'admin');
  const isAdmin = (after.active ?? before.active) && (after.roles ?? before.roles).includes('admin');
  return wasAdmin && !isAdmin && activeAdmins <= 1;
}
