/** The 'settings' i18next namespace. Japanese is the default; both files share one shape. */
export { settingsJa, type SettingsMessages } from './i18n/ja';
export { settingsEn } from './i18n/en';
