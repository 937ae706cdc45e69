/** The 'handoff' i18next namespace. Japanese is the default; both files share one shape. */
export { handoffJa, type HandoffMessages } from './i18n/ja';
export { handoffEn } from './i18n/en';
