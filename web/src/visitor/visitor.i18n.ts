/** i18next namespace 'visitor'. Japanese is the default; English must have exactly the same keys. */
export { en as visitorEn } from './i18n/en';
export { ja as visitorJa } from './i18n/ja';
export type { VisitorResources } from './i18n/ja';
