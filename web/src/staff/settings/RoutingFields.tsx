import { useTranslation } from 'react-i18next';
import { useStaffList } from '../roster/roster-api';
import type { FieldError } from './LocalizedField';
import { fieldId, parseSeconds, teamChoices } from './settings-form';

interface Props {
  offerSeconds: string;
  familyTeam: string;
  onChange(patch: { preferredCounselorOfferSeconds?: string; familyTeam?: string }): void;
  error: FieldError | null;
}

/** Issue 12's two routing settings: the same-counselor offer time and the family team (from the teams on staff accounts). */
export function RoutingFields({ offerSeconds, familyTeam, onChange, error }: Props) {
  const { t } = useTranslation('settings');
  const staff = useStaffList();
  const teams = teamChoices(staff.data ?? [], familyTeam);
  const seconds = parseSeconds(offerSeconds);
  const bad = (f: string) => error?.field === f;

  return (
    <section className="se-card" aria-labelledby="settings-routing-title">
      <h2 id="settings-routing-title">{t('routing.title')}</h2>
      <label className="se-field se-field--narrow">
        <span>{t('routing.offerSeconds')}</span>
        <span className="se-inline">
          <input id={fieldId('preferredCounselorOfferSeconds')} inputMode="numeric" value={offerSeconds} data-testid="settings-offer-seconds"
            aria-invalid={bad('preferredCounselorOfferSeconds') || undefined} aria-describedby="settings-offer-hint settings-offer-reads"
            onChange={(e) => onChange({ preferredCounselorOfferSeconds: e.target.value })} />
          <small id="settings-offer-reads" className="st-muted" aria-live="polite">
            {seconds === null ? t('routing.offerSecondsUnread') : t('routing.offerSecondsReads', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })}
          </small>
        </span>
        <small id="settings-offer-hint">{t('routing.offerSecondsHint')}</small>
        {bad('preferredCounselorOfferSeconds') && <small className="st-error">{error!.text}</small>}
      </label>
      <label className="se-field se-field--narrow">
        <span>{t('routing.familyTeam')}</span>
        <select id={fieldId('familyTeam')} value={familyTeam} data-testid="settings-family-team" className="se-select"
          aria-invalid={bad('familyTeam') || undefined} aria-describedby="settings-family-hint"
          onChange={(e) => onChange({ familyTeam: e.target.value })}>
          <option value="">{t('routing.familyTeamNone')}</option>
          {teams.map((team) => <option key={team} value={team}>{team}</option>)}
        </select>
        <small id="settings-family-hint">{t('routing.familyTeamHint')}</small>
        {staff.isError && <small className="st-error">{t('routing.teamsLoadFailed')}</small>}
        {staff.isSuccess && teams.length === 0 && <small>{t('routing.familyTeamNoTeams')}</small>}
        {bad('familyTeam') && <small className="st-error">{error!.text}</small>}
      </label>
    </section>
  );
}
