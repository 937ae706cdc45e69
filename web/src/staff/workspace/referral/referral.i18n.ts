/** The 'referral' i18next namespace. Japanese is the default; both files share one shape. */
export { referralJa, type ReferralMessages } from './i18n/ja';
export { referralEn } from './i18n/en';
