import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { staffEn, staffJa } from '../staff/staff.i18n';
import { visitorEn, visitorJa } from '../visitor/visitor.i18n';

const LANG_KEY = 'hidamari.lang';

export function savedLanguage(): 'ja' | 'en' {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

export function setLanguage(lang: 'ja' | 'en'): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* private mode: language lasts for this page only */
  }
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

void i18n.use(initReactI18next).init({
  lng: savedLanguage(),
  fallbackLng: 'ja',
  ns: ['visitor', 'staff'],
  defaultNS: 'visitor',
  resources: {
    ja: { visitor: visitorJa, staff: staffJa },
    en: { visitor: visitorEn, staff: staffEn },
  },
  interpolation: { escapeValue: false },
});
document.documentElement.lang = savedLanguage();

export default i18n;
