import { useTranslation } from 'react-i18next';
import { LanguageToggle } from './LanguageToggle';
import { QuickExitButton } from './QuickExitButton';

/** `name`: the center's name for its service (settings), once known. */
export function VisitorHeader({ name }: { name?: string }) {
  const { t } = useTranslation('visitor');
  return (
    <header className="hv-header">
      <p className="hv-brand">
        <span className="hv-brand__sun" aria-hidden="true" />
        {name || t('app.name')}
      </p>
      <div className="hv-header__tools">
        <LanguageToggle />
        <QuickExitButton />
      </div>
    </header>
  );
}
