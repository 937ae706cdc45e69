import type { StaffView } from '@hidamari/shared';
import { anyStaff, canCounsel, canSupervise, isAdmin } from './session';

/**
 * The signed-in pages, in the order the header lists them. A feature adds its page here (and its route in
 * StaffApp.tsx); `label` is an i18next key, with its namespace when the feature has its own.
 */
export const STAFF_PAGES = [
  { id: 'workspace', path: '/staff', label: 'staff:header.workspace', allow: canCounsel },
  { id: 'admin', path: '/staff/admin', label: 'staff:header.admin', allow: isAdmin },
  { id: 'roster', path: '/staff/roster', label: 'roster:nav', allow: isAdmin },
  { id: 'settings', path: '/staff/settings', label: 'settings:nav', allow: isAdmin },
  { id: 'survey', path: '/staff/survey', label: 'surveyAdmin:nav', allow: isAdmin },
  // One entry for the directory and the offers pages (tabs on both): the header has no room for two more.
  { id: 'directory', path: '/staff/directory', label: 'directory:navGroup', allow: isAdmin },
  { id: 'team', path: '/staff/team', label: 'team:nav', allow: canSupervise },
  { id: 'supervision', path: '/staff/supervision', label: 'supervision:nav', allow: canSupervise },
  { id: 'reports', path: '/staff/reports', label: 'reports:nav', allow: canSupervise },
  { id: 'audit', path: '/staff/audit', label: 'audit:nav', allow: isAdmin },
  { id: 'canned', path: '/staff/canned', label: 'canned:nav', allow: anyStaff },
  { id: 'password', path: '/staff/password', label: 'account:nav', allow: anyStaff },
] as const satisfies readonly { id: string; path: string; label: string; allow: (s: StaffView) => boolean }[];

export type StaffPageId = (typeof STAFF_PAGES)[number]['id'];
