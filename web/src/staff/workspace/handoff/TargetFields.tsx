import type { HandoffMode } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import type { CandidatesState } from './useCandidates';
import { isolatedText } from '../../../lib/invisible-chars';

interface Props {
  idPrefix: string;
  mode: HandoffMode;
  candidates: CandidatesState;
  onReload(): void;
  staffId: string;
  onStaffId(id: string): void;
  team: string;
  onTeam(team: string): void;
  /** A choice "anyone (no team)" for the plain return to the queue (the shift-end panel). */
  allowAnyone?: boolean;
}

/** The colleague (warm) or team (cold) to hand to, with loading, empty and error states. */
export function TargetFields({ idPrefix, mode, candidates, onReload, staffId, onStaffId, team, onTeam, allowAnyone }: Props) {
  const { t } = useTranslation('handoff');
  const { t: ts } = useTranslation('staff');
  if (candidates.status === 'loading') return <p className="st-muted" role="status">{t('loading')}</p>;
  if (candidates.status === 'failed') {
    return (
      <p className="st-error" role="alert">
        {t('loadFailed')} <button type="button" className="st-btn st-btn--link" onClick={onReload}>{ts('common.retry')}</button>
      </p>
    );
  }
  const { people, teams } = candidates.data;
  if (mode === 'warm') {
    if (people.length === 0) return <p className="st-muted" role="status" data-testid="handoff-no-people">{t('noPeople')}</p>;
    return (
      <label className="st-field" htmlFor={`${idPrefix}-person`}>
        <span>{t('person')}</span>
        <select id={`${idPrefix}-person`} data-testid="handoff-person" value={staffId} onChange={(e) => onStaffId(e.target.value)} required>
          {people.map((p) => (
            <option key={p.staffId} value={p.staffId}>
              {isolatedText(p.displayName)} — {t('load', { load: p.load, max: p.maxConcurrent })}{p.load >= p.maxConcurrent ? ` (${t('full')})` : ''}
              {p.teams.length ? ` · ${p.teams.join(', ')}` : ''}
            </option>
          ))}
        </select>
        <small>{t('personHint')}</small>
      </label>
    );
  }
  if (teams.length === 0 && !allowAnyone) return <p className="st-muted" role="status">{t('noTeams')}</p>;
  return (
    <label className="st-field" htmlFor={`${idPrefix}-team`}>
      <span>{t('team')}</span>
      <select id={`${idPrefix}-team`} data-testid="handoff-team" value={team} onChange={(e) => onTeam(e.target.value)}>
        {allowAnyone && <option value="">{t('shiftEnd.anyone')}</option>}
        {teams.map((x) => (
          <option key={x.team} value={x.team}>
            {x.onDuty > 0 ? t('teamOnDuty', { team: x.team, count: x.onDuty }) : t('teamNobody', { team: x.team })}
          </option>
        ))}
      </select>
    </label>
  );
}
