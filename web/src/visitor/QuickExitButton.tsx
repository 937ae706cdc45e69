import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasOpenDialog, isQuickExitKey } from './keyboard';
import { quickExit } from './quick-exit';

/** Always on screen; Esc anywhere on the page does the same (except while an IME is converting or a dialog is open). */
export function QuickExitButton() {
  const { t } = useTranslation('visitor');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A dialog open: Esc is the dialog's (the browser closes it), never a reason to leave the page.
      if (isQuickExitKey(e, hasOpenDialog(document))) quickExit();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return (
    <button type="button" className="hv-quick-exit" data-testid="quick-exit" onClick={quickExit} title={t('app.quickExitHint')}>
      {t('app.quickExit')}
      <span className="visually-hidden">{t('app.quickExitHint')}</span>
    </button>
  );
}
