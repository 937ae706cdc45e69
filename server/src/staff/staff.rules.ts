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

/** The fields of a staff member the audit log follows; the password is deliberately not one of them. */
export const AUDITED_STAFF_FIELDS = ['displayName', 'roles', 'teams', 'maxConcurrent', 'active'] as const;
type AuditedField = (typeof AUDITED_STAFF_FIELDS)[number];
type AuditedValues = { displayName: string; roles: readonly string[]; teams: readonly string[]; maxConcurrent: number; active: boolean };

/**
 * What an update really changed, as `{field: {from, to}}` for the audit log. Sets (roles, teams) compare
 * without order, so re-saving the same roles in another order records nothing.
 */
export function staffChanges(before: AuditedValues, after: Partial<AuditedValues>): Partial<Record<AuditedField, { from: unknown; to: unknown }>> {
  const out: Partial<Record<AuditedField, { from: unknown; to: unknown }>> = {};
  const same = (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b) ? [...a].sort().join('\u0000') === [...b].sort().join('\u0000') : a === b;
  for (const field of AUDITED_STAFF_FIELDS) {
    const to = after[field];
    if (to !== undefined && !same(before[field], to)) out[field] = { from: before[field], to };
  }
  return out;
}
