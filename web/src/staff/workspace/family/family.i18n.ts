/** The 'family' i18next namespace. Japanese is the default; both files share one shape. */
export { familyJa, type FamilyMessages } from './i18n/ja';
export { familyEn } from './i18n/en';
