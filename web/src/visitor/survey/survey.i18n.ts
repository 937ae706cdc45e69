/** The visitor's 'survey' i18next namespace. Japanese is the default; both files share one shape. */
export { surveyJa, type SurveyMessages } from './i18n/ja';
export { surveyEn } from './i18n/en';
