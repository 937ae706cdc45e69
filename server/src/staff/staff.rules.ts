import type { Role } from '@hidamari/shared';

export const hasRole = (s: { roles: readonly string[] }, role: Role): boolean => s.roles.includes(role);

/** Who may hold chats: counselors and supervisors. */
export const canCounsel = (s: { roles: readonly string[] }): boolean => hasRole(s, 'counselor') || hasRole(s, 'supervisor');

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
