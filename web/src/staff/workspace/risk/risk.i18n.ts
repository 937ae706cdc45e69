/** The 'risk' i18next namespace. Japanese is the default; both files share one shape. */
export { riskJa, type RiskMessages } from './i18n/ja';
export { riskEn } from './i18n/en';
