import type { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { useTranslation } from 'react-i18next';

/** Previous / this / next week, and the week's dates. */
export function WeekNav({ weekStart, offset, onOffset }: { weekStart: TZDate; offset: number; onOffset(n: number): void }) {
  const { t, i18n } = useTranslation('roster');
  const fmt = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone: weekStart.timeZone, year: 'numeric', month: 'short', day: 'numeric', weekday: 'short',
  });
  return (
    <nav className="rs-weeknav" aria-label={t('week.nav')}>
      <button type="button" className="st-btn" onClick={() => onOffset(offset - 1)} data-testid="week-prev" aria-label={t('week.prev')}>‹ {t('week.prev')}</button>
      <button type="button" className="st-btn" onClick={() => onOffset(0)} disabled={offset === 0} data-testid="week-current">{t('week.current')}</button>
      <button type="button" className="st-btn" onClick={() => onOffset(offset + 1)} data-testid="week-next" aria-label={t('week.next')}>{t('week.next')} ›</button>
      <strong className="rs-weeknav__range" aria-live="polite" data-testid="week-range">
        {t('week.range', { from: fmt.format(weekStart), to: fmt.format(addDays(weekStart, 6)) })}
      </strong>
    </nav>
  );
}
