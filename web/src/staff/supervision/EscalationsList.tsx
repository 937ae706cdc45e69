import type { OverviewEscalation } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { formatInZone } from '../service-status';

/** Escalations not yet resolved, emergencies first. */
export function EscalationsList({ items, timezone }: { items: OverviewEscalation[]; timezone: string }) {
  const { t, i18n } = useTranslation('supervision');
  if (items.length === 0) return <p className="st-muted">{t('escalations.empty')}</p>;
  return (
    <ul className="sv-escalations">
      {items.map((e) => (
        <li key={e.id} className={`sv-escalation sv-escalation--${e.level}`} data-testid="supervision-escalation">
          <p className="sv-escalation__head">
            <span className={`sv-level sv-level--${e.level}`}>{t(`level.${e.level}`)}</span>
            <span>{t(`escalationStatus.${e.status}`)}</span>
            <time className="st-muted" dateTime={e.createdAt}>{formatInZone(e.createdAt, timezone, i18n.language, 'time')}</time>
          </p>
          {e.raisedBy && <p className="st-muted">{t('col.raisedBy')}: {e.raisedBy.displayName}</p>}
          {e.note && <p className="sv-escalation__note">{e.note}</p>}
        </li>
      ))}
    </ul>
  );
}
