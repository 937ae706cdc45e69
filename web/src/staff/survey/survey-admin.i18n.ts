/** The staff 'surveyAdmin' i18next namespace. Japanese is the default; both files share one shape. */
export { surveyAdminJa, type SurveyAdminMessages } from './i18n/ja';
export { surveyAdminEn } from './i18n/en';
