import type { ServiceStatus } from '@hidamari/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOpening } from './format-time';
import { HotlineList } from './HotlineList';

/** Shown when nobody is on duty: starting still works, the message waits for the next shift. */
export function OffHoursNotice({ status }: { status: ServiceStatus }) {
  const { t, i18n } = useTranslation('visitor');
  const headingId = useId();
  const time = status.nextOpening ? formatOpening(status.nextOpening, status.timezone, i18n.language) : null;
  return (
    <section className="hv-notice" aria-labelledby={headingId} data-testid="off-hours">
      <h2 id={headingId}>{t('hours.closedTitle')}</h2>
      <p>{t('hours.closedBody')}</p>
      <p className="hv-notice__time" data-testid="next-opening">
        {time ? t('hours.nextOpening', { time }) : t('hours.noNextOpening')}
      </p>
      {status.hoursMessage && <p className="hv-notice__admin">{status.hoursMessage}</p>}
      <HotlineList hotlines={status.hotlines} />
    </section>
  );
}
