import { useTranslation } from 'react-i18next';
import { setLanguage } from '../lib/i18n';

const LANGUAGES = [
  { code: 'ja', label: '日本語' },
  { code: 'en', label: 'English' },
] as const;

export function LanguageToggle() {
  const { t, i18n } = useTranslation('visitor');
  const current = i18n.language === 'en' ? 'en' : 'ja';
  return (
    <div className="hv-lang" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map(({ code, label }) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={current === code}
          data-testid={`lang-${code}`}
          onClick={() => setLanguage(code)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
