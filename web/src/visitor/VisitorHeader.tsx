import { useTranslation } from 'react-i18next';
import { LanguageToggle } from './LanguageToggle';
import { QuickExitButton } from './QuickExitButton';

export function VisitorHeader() {
  const { t } = useTranslation('visitor');
  return (
    <header className="hv-header">
      <p className="hv-brand">
        <span className="hv-brand__sun" aria-hidden="true" />
        {t('app.name')}
      </p>
      <div className="hv-header__tools">
        <LanguageToggle />
        <QuickExitButton />
      </div>
    </header>
  );
}
