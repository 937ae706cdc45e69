import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../workspace/LanguageToggle';

/** The narrow centred card around sign-in and set-up. */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('staff');
  return (
    <main className="st-auth">
      <div className="st-auth__card">
        <div className="st-auth__top">
          <p className="st-brand">{t('appName')} <small>{t('appSub')}</small></p>
          <LanguageToggle />
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
