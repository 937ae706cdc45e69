/** The 'staff' i18next namespace. Japanese is the default; both files share one shape. */
export { staffJa, type StaffMessages } from './i18n/ja';
export { staffEn } from './i18n/en';
