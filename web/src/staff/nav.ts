import type { StaffView } from '@hidamari/shared';
import { canCounsel, isAdmin } from './session';

/**
 * The signed-in pages, in the order the header lists them. A feature adds its page here (and its route in
 * StaffApp.tsx); `label` is an i18next key, with its namespace when the feature has its own.
 */
export const STAFF_PAGES = [
  { id: 'workspace', path: '/staff', label: 'staff:header.workspace', allow: canCounsel },
  { id: 'admin', path: '/staff/admin', label: 'staff:header.admin', allow: isAdmin },
] as const satisfies readonly { id: string; path: string; label: string; allow: (s: StaffView) => boolean }[];

export type StaffPageId = (typeof STAFF_PAGES)[number]['id'];
