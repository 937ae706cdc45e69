/** The 'roster' i18next namespace. Japanese is the default; both files share one shape. */
export { rosterJa, type RosterMessages } from './i18n/ja';
export { rosterEn } from './i18n/en';
