import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../lib/i18n';

/** Switches between Japanese and English; the label names the other language, in that language. */
export function LanguageToggle() {
  const { t, i18n } = useTranslation('staff');
  const next = i18n.language === 'en' ? 'ja' : 'en';
  return (
    <button type="button" className="st-btn st-btn--quiet" lang={next} onClick={() => setLanguage(next)}
      title={t('header.language')}>
      {next === 'en' ? 'English' : '日本語'}
    </button>
  );
}
