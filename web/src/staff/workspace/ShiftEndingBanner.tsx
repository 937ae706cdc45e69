import type { ShiftEnding } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { formatInZone } from '../service-status';

/** The "10 minutes left" reminder: polite (never steals focus from a conversation), dismissible. */
export function ShiftEndingBanner({ ending, timezone, onDismiss }: { ending: ShiftEnding; timezone: string; onDismiss(): void }) {
  const { t, i18n } = useTranslation('staff');
  return (
    <div className="st-shift-banner" role="status" data-testid="shift-ending">
      <p>
        <strong>{t('shiftEnd.endingTitle')}</strong>{' '}
        {t('shiftEnd.ending', { time: formatInZone(ending.endsAt, timezone, i18n.language, 'time') })}
      </p>
      <button type="button" className="st-btn st-btn--quiet" onClick={onDismiss}>{t('common.dismiss')}</button>
    </div>
  );
}
