import type { ErrorCode, QueueItem } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { SafeText } from '../../lib/safe-text';
import { errorText } from '../error-text';
import { formatWait, waitLevel, waitSeconds } from '../queue-wait';
import { RiskBadge } from './RiskBadge';
import { RiskMatches } from './risk/RiskMatches';
import { FamilyCompact } from './family/FamilyCard';
import { ReturningMarker } from './history/ReturningMarker';
import { PreferredBadge } from './preferred/PreferredBadge';
import { useStaff } from '../session';
import { DEFAULT_TIMEZONE } from '../service-status';

interface Props {
  item: QueueItem;
  now: number;
  first: boolean;
  taking: boolean;
  error: ErrorCode | undefined;
  onTake(): void;
  /** The service's time zone, for a reserved chat's "next on …" (default Asia/Tokyo). */
  timezone?: string;
}

export function QueueItemCard({ item, now, first, taking, error, onTake, timezone = DEFAULT_TIMEZONE }: Props) {
  const { t } = useTranslation('staff');
  const waited = waitSeconds(item.createdAt, now);
  const me = useStaff().id;
  const forMe = item.preferred?.staffId === me;
  return (
    <li className={`st-qitem st-qitem--risk-${item.riskLevel}${forMe ? ' st-qitem--for-me' : ''}`} data-testid="queue-item"
      data-consultation-id={item.consultationId}>
      {item.preferred && <PreferredBadge preferred={item.preferred} now={now} timezone={timezone} mine={forMe} />}
      <div className="st-qitem__head">
        <RiskBadge level={item.riskLevel} />
        <span className="st-tag">{t(`audience.${item.audience}`)}</span>
        <span className="st-qitem__topic">{t(`topic.${item.topic}`)}</span>
        {item.historyCount ? <ReturningMarker count={item.historyCount} /> : null}
        <span className={`st-wait st-wait--${waitLevel(waited)}`} title={t('queue.waited')}>
          <span className="visually-hidden">{t('queue.waited')} </span>{formatWait(waited)}
        </span>
      </div>
      <RiskMatches consultationId={item.consultationId} level={item.riskLevel} />
      <FamilyCompact family={item.family} />
      <p className="st-qitem__who">
        {item.nickname ? <SafeText text={item.nickname} /> : t('chat.anonymous')}
        {item.requestedTeam && <span className="st-tag st-tag--team">{t('queue.team', { team: item.requestedTeam })}</span>}
      </p>
      {item.preview ? <p className="st-qitem__preview"><SafeText text={item.preview} /></p> : <p className="st-qitem__preview st-muted">{t('queue.noPreview')}</p>}
      <div className="st-qitem__foot">
        <button type="button" className="st-btn st-btn--primary" data-testid="queue-take" onClick={onTake} disabled={taking}
          aria-keyshortcuts={first ? 'Alt+T' : undefined}>
          {taking ? t('queue.taking') : t('queue.take')}
        </button>
        {error && <p className="st-error" role="alert">{error === 'AT_CAPACITY' ? t('queue.atCapacity') : errorText(t, error)}</p>}
      </div>
    </li>
  );
}
