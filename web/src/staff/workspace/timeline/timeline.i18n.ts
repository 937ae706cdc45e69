/** The 'timeline' i18next namespace. Japanese is the default; both files share one shape. */
export { timelineJa, type TimelineMessages } from './i18n/ja';
export { timelineEn } from './i18n/en';
