/** The 'people' i18next namespace. Japanese is the default; both files share one shape. */
export { peopleJa, type PeopleMessages } from './i18n/ja';
export { peopleEn } from './i18n/en';
