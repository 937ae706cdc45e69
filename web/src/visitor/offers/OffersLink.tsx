import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, OFFERS_PATH } from './visitor-path';

/** The link to the center's seminars, classes and 居場所 days: a real link (it works in a new tab too), opened in-app. */
export function OffersLink({ className = 'hv-offers-link' }: { className?: string }) {
  const { t } = useTranslation('visitor');
  function open(e: MouseEvent<HTMLAnchorElement>) {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(OFFERS_PATH);
  }
  return (
    <a className={className} href={OFFERS_PATH} onClick={open} data-testid="offers-link">
      {t('offersLink')}
    </a>
  );
}
