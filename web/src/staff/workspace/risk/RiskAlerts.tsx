import { useTranslation } from 'react-i18next';
import { formatInZone, useServiceStatus } from '../../service-status';
import { riskStore } from './risk-store';
import { useRiskAlerts, useRiskConnection } from './use-risk';
import './risk.css';

/** `risk:flagged` for this person (their chat, or as a supervisor on duty), on every staff page until dismissed. Mounted once. */
export function RiskAlerts() {
  useRiskConnection();
  const { t, i18n } = useTranslation('risk');
  const { timezone } = useServiceStatus();
  const alerts = useRiskAlerts();
  return (
    <section className="rk-alerts" aria-label={t('alerts.region')} hidden={alerts.length === 0}>
      {alerts.map((a) => {
        const short = a.consultationId.slice(0, 8);
        return (
          <div key={a.consultationId} role="alert" className={`rk-alert rk-alert--${a.level}`} data-testid="risk-alert" data-consultation-id={a.consultationId}>
            <p className="rk-alert__title">{t('alerts.title', { level: t(`level.${a.level}`) })}</p>
            <p className="rk-alert__words">
              {a.matched.map((m) => <span key={m} className={`rk-word rk-word--${a.level}`}>{m}</span>)}
            </p>
            <p className="rk-alert__meta st-muted">{t('alerts.chat', { id: short })} · {t('alerts.at', { time: formatInZone(new Date(a.at).toISOString(), timezone, i18n.language, 'time') })}</p>
            <button type="button" className="st-btn st-btn--quiet" aria-label={t('alerts.dismissLabel', { id: short })}
              onClick={() => riskStore.dismiss(a.consultationId)}>{t('alerts.dismiss')}</button>
          </div>
        );
      })}
    </section>
  );
}
