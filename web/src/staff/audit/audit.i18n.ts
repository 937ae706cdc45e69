/** The 'audit' i18next namespace. Japanese is the default; both files share one shape. */
export { auditJa, type AuditMessages } from './i18n/ja';
export { auditEn } from './i18n/en';
