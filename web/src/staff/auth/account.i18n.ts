/** The 'account' i18next namespace. Japanese is the default; both files share one shape. */
export { accountJa, type AccountMessages } from './i18n/ja';
export { accountEn } from './i18n/en';
