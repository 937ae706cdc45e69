/** The 'team' i18next namespace. Japanese is the default; both files share one shape. */
export { teamJa, type TeamMessages } from './i18n/ja';
export { teamEn } from './i18n/en';
