import type { ConsultationView } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { formatInZone } from '../service-status';

/** Connected, or away since HH:MM: live from `visitor:presence`. Nothing for a closed chat (it no longer matters). */
export function PresenceLine({ consultation, timezone }: { consultation: ConsultationView; timezone: string }) {
  const { t, i18n } = useTranslation('staff');
  const p = consultation.visitorPresence;
  if (!p || consultation.status === 'closed') return null;
  const text = p.connected ? t('presence.connected') : t('presence.away', { time: formatInZone(p.since, timezone, i18n.language, 'time') });
  return (
    <p className={`st-presence st-presence--${p.connected ? 'on' : 'away'}`} data-testid="visitor-presence" data-connected={p.connected} role="status">
      <span className="st-presence__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
