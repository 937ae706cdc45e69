import { useTranslation } from 'react-i18next';
import { aroundPhrase, closingPhrase, openingPhrase } from './opening-phrase';

/** Opening and closing times in the visitor's words and language, on the service's clock; null when unreadable. */
export function useHoursText() {
  const { t, i18n } = useTranslation('visitor');
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  return {
    opening(iso: string, timeZone: string): string | null {
      const p = openingPhrase(iso, new Date(), timeZone, lang);
      return p && t(p.key, p.values);
    },
    closing(iso: string, timeZone: string): string | null {
      const p = closingPhrase(iso, new Date(), timeZone, lang);
      return p && t(p.key, p.values);
    },
    around(iso: string, timeZone: string): string | null {
      const p = aroundPhrase(iso, new Date(), timeZone, lang);
      return p && t(p.key, p.values);
    },
  };
}
