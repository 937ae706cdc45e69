import type { ServiceStatus } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { useHoursText } from './use-hours-text';

/** "いま受付中です（今夜 22:00 まで）": the home page while a shift covers now. */
export function OpenBadge({ status }: { status: ServiceStatus }) {
  const { t } = useTranslation('visitor');
  const hours = useHoursText();
  const until = status.closesAt ? hours.closing(status.closesAt, status.timezone) : null;
  return (
    <p className="hv-open" data-testid="service-open">
      <span className="hv-open__dot" aria-hidden="true" />
      {until ? t('hours.openUntil', { until }) : t('hours.openNow')}
    </p>
  );
}
