/** The 'escalation' i18next namespace. Japanese is the default; both files share one shape. */
export { escalationJa, type EscalationMessages } from './i18n/ja';
export { escalationEn } from './i18n/en';
