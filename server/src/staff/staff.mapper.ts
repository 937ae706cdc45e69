import type { Role, StaffView } from '@hidamari/shared';
import type { StaffRow } from './staff.repository.js';

export function toStaffView(s: StaffRow): StaffView {
  return {
    id: s.id,
    loginId: s.loginId,
    displayName: s.displayName,
    roles: s.roles as Role[],
    teams: s.teams,
    maxConcurrent: s.maxConcurrent,
    active: s.active,
    onDuty: s.onDuty,
    mustChangePassword: s.mustChangePassword,
    createdAt: s.createdAt.toISOString(),
  };
}
