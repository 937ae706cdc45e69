/** The 'history' i18next namespace. Japanese is the default; both files share one shape. */
export { historyJa, type HistoryMessages } from './i18n/ja';
export { historyEn } from './i18n/en';
