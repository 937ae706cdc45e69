/** The 'offers' i18next namespace (admin page). Japanese is the default; both files share one shape. */
export { offersJa, type OffersMessages } from './i18n/ja';
export { offersEn } from './i18n/en';
