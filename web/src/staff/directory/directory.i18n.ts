/** The 'directory' i18next namespace. Japanese is the default; both files share one shape. */
export { directoryJa, type DirectoryMessages } from './i18n/ja';
export { directoryEn } from './i18n/en';
