import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { visitorJa } from '../visitor/visitor.i18n';
import { surveyJa } from '../visitor/survey/i18n/ja';

/** Namespaces as [Japanese, English]. */
export type Bundles = Record<string, readonly [ja: object, en: object]>;

/**
 * The visitor's namespaces: part of the first load of `/`, on phones and slow links, so only what the visitor's
 * screens use, Japanese in the first load and English fetched when chosen. Staff namespaces go in ./i18n-staff.ts
 * (STAFF_BUNDLES), which only the staff app loads.
 */
const VISITOR_BUNDLES: Record<string, readonly [ja: object, en: () => Promise<object>]> = {
  visitor: [visitorJa, () => import('../visitor/visitor.i18n').then((m) => m.visitorEn)],
  survey: [surveyJa, () => import('../visitor/survey/i18n/en').then((m) => m.surveyEn)],
};

function addBundles(bundles: Bundles): void {
  for (const [ns, [ja, en]] of Object.entries(bundles)) {
    i18n.addResourceBundle('ja', ns, ja, true, true);
    i18n.addResourceBundle('en', ns, en, true, true);
  }
}

/** The staff app's texts, as a chunk of their own: the staff app awaits this before its first render. */
export async function loadStaffTexts(): Promise<void> {
  const { STAFF_BUNDLES } = await import('./i18n-staff');
  addBundles(STAFF_BUNDLES);
}

let english: Promise<void> | null = null;

/** The visitor's English texts (the staff's come with STAFF_BUNDLES); on failure the next call tries again. */
function loadEnglish(): Promise<void> {
  english ??= Promise.all(
    Object.entries(VISITOR_BUNDLES).map(async ([ns, [, en]]) => i18n.addResourceBundle('en', ns, await en(), true, true)),
  ).then(
    () => undefined,
    () => {
      english = null;
    },
  );
  return english;
}

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
  void (lang === 'en' ? loadEnglish() : Promise.resolve()).then(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  });
}

void i18n.use(initReactI18next).init({
  lng: savedLanguage(),
  fallbackLng: 'ja',
  ns: Object.keys(VISITOR_BUNDLES),
  defaultNS: 'visitor',
  resources: { ja: Object.fromEntries(Object.entries(VISITOR_BUNDLES).map(([ns, [ja]]) => [ns, ja])) },
  interpolation: { escapeValue: false },
  // i18next prints an advertisement to the console at start-up otherwise.
  showSupportNotice: false,
});
document.documentElement.lang = savedLanguage();

/** Resolves when the saved language's texts are there: the app renders after it (at once for Japanese). */
export const i18nReady: Promise<void> = savedLanguage() === 'en' ? loadEnglish() : Promise.resolve();

export default i18n;
