/** The 'reports' i18next namespace. Japanese is the default; both files share one shape. */
export { reportsJa, type ReportsMessages } from './i18n/ja';
export { reportsEn } from './i18n/en';
