/** The 'supervision' i18next namespace. Japanese is the default; both files share one shape. */
export { supervisionJa, type SupervisionMessages } from './i18n/supervision.ja';
export { supervisionEn } from './i18n/supervision.en';
