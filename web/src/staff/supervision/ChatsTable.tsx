import type { OverviewConsultation } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { RiskBadge } from '../workspace/RiskBadge';
import { elapsedParts } from './elapsed';

interface Props {
  chats: OverviewConsultation[];
  now: number;
  /** Supervisors act on chats; an admin only looks. */
  canAct: boolean;
  monitoringId: string | null;
  busyId: string | null;
  onMonitor(id: string): void;
  onTakeover(chat: OverviewConsultation): void;
}

/** Every waiting and active chat, most urgent first, with how long it has waited or been talking. */
export function ChatsTable({ chats, now, canAct, monitoringId, busyId, onMonitor, onTakeover }: Props) {
  const { t } = useTranslation('supervision');
  const { t: ts } = useTranslation('staff');
  const elapsed = (since: string) => {
    const p = elapsedParts(since, now);
    return !p ? t('elapsed.justNow') : p.h > 0 ? t('elapsed.hours', p) : t('elapsed.minutes', p);
  };
  if (chats.length === 0) return <p className="st-muted">{t('chats.empty')}</p>;
  return (
    <table className="st-table sv-chats" data-testid="supervision-chats">
      <thead>
        <tr>
          <th scope="col">{t('col.risk')}</th><th scope="col">{t('col.state')}</th><th scope="col">{t('col.who')}</th>
          <th scope="col">{t('col.waiting')}</th><th scope="col">{t('col.counselor')}</th>{canAct && <th scope="col">{t('col.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {chats.map((c) => (
          <tr key={c.id} className={`sv-chats__row sv-chats__row--${c.riskLevel}${c.id === monitoringId ? ' sv-chats__row--watched' : ''}`}
            data-testid="supervision-chat" data-consultation-id={c.id}>
            <td>{c.riskLevel === 'none' ? <span className="st-muted">{t('riskNone')}</span> : <RiskBadge level={c.riskLevel} />}</td>
            <td><span className={`sv-state sv-state--${c.status}`}>{t(`state.${c.status}`)}</span></td>
            <th scope="row">
              {c.nickname ?? <span className="st-muted">{t('anonymous')}</span>}
              <span className="sv-chats__facts">{ts(`audience.${c.audience}`)} · {ts(`topic.${c.topic}`)}{c.requestedTeam && <> · {ts('queue.team', { team: c.requestedTeam })}</>}</span>
            </th>
            <td className="sv-chats__time"><time dateTime={c.since}>{t(`since.${c.status}`, { elapsed: elapsed(c.since) })}</time></td>
            <td>{c.counselor?.displayName ?? <span className="st-muted">{t('noCounselor')}</span>}</td>
            {canAct && (
              <td>
                {c.status === 'active' && (
                  <div className="sv-chats__actions">
                    <button type="button" className="st-btn" aria-pressed={c.id === monitoringId} disabled={busyId === c.id}
                      onClick={() => onMonitor(c.id)}>
                      {c.id === monitoringId ? t('monitoring') : t('monitor')}
                    </button>
                    <button type="button" className="st-btn st-btn--danger" disabled={busyId === c.id} onClick={() => onTakeover(c)}>
                      {t('takeover')}
                    </button>
                  </div>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
