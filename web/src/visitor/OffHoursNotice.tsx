import type { ServiceStatus } from '@hidamari/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HotlineList } from './HotlineList';
import { useHoursText } from './use-hours-text';

/** The home page while nobody is on shift: when someone will be here, the center's words, and where to call now. */
export function OffHoursNotice({ status }: { status: ServiceStatus }) {
  const { t } = useTranslation('visitor');
  const hours = useHoursText();
  const headingId = useId();
  const when = status.nextOpening ? hours.opening(status.nextOpening, status.timezone) : null;
  return (
    <section className="hv-notice" aria-labelledby={headingId} data-testid="off-hours">
      <h2 id={headingId}>{t('hours.closedTitle')}</h2>
      <p className="hv-notice__time" data-testid="next-opening">
        {when ? t('hours.opensAt', { when }) : t('hours.noNextOpening')}
      </p>
      <p className="hv-notice__admin">{status.message || t('hours.closedBody')}</p>
      <HotlineList hotlines={status.hotlines} />
    </section>
  );
}
