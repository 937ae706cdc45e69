import { ROLES, type TeamMemberLive } from '@hidamari/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { formatInZone, useServiceStatus } from '../service-status';
import { StaffHeader } from '../workspace/StaffHeader';
import { LoadBar } from './LoadBar';
import { useTeamLive } from './useTeamLive';
import './team.css';

/** Supervisors and admins: who is on shift, who is on duty, and each counselor's load, kept fresh. */
export function TeamPage() {
  const { t, i18n } = useTranslation('team');
  const { t: ts } = useTranslation('staff');
  const { timezone } = useServiceStatus();
  const live = useTeamLive();
  useEffect(() => {
    document.title = `${t('title')} — ${ts('appName')}`;
  }, [t, ts]);
  // A shift that ends after midnight shows its day too: "06:00" alone would read as this morning.
  const time = (iso: string) => formatInZone(iso, timezone, i18n.language, sameLocalDay(iso, new Date().toISOString(), timezone) ? 'time' : 'datetime');

  let body;
  if (live.isPending) body = <p className="st-muted" role="status">{ts('common.loading')}</p>;
  else if (live.isError) {
    body = (
      <div className="st-error" role="alert">
        {t('failed')} {errorText(ts, live.error)}{' '}
        <button type="button" className="st-btn" onClick={() => void live.refetch()}>{ts('common.retry')}</button>
      </div>
    );
  } else if (live.data.length === 0) body = <p className="st-muted">{t('empty')}</p>;
  else body = <TeamTable members={live.data} time={time} />;

  const members = live.data ?? [];
  return (
    <div className="st-shell">
      <StaffHeader page="team" />
      <main className="st-admin st-team">
        <div className="st-team__top">
          <h1>{t('title')}</h1>
          {live.dataUpdatedAt > 0 && (
            <p className="st-muted" aria-live="polite">
              {live.isFetching ? t('refreshing') : t('updatedAt', { time: formatInZone(new Date(live.dataUpdatedAt).toISOString(), timezone, i18n.language, 'time') })}
            </p>
          )}
        </div>
        <p className="st-muted">{t('intro', { timezone })}</p>
        {live.data && (
          <p className="st-team__summary">{t('summary', {
            onShift: members.filter((m) => m.shift).length,
            onDuty: members.filter((m) => m.onDuty).length,
            chats: members.reduce((n, m) => n + m.load, 0),
          })}</p>
        )}
        {body}
      </main>
    </div>
  );
}

function TeamTable({ members, time }: { members: TeamMemberLive[]; time(iso: string): string }) {
  const { t } = useTranslation('team');
  const { t: ts } = useTranslation('staff');
  return (
    <table className="st-table st-team__table">
      <thead>
        <tr><th scope="col">{t('name')}</th><th scope="col">{t('roles')}</th><th scope="col">{t('shift')}</th><th scope="col">{t('duty')}</th><th scope="col">{t('load')}</th></tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.staffId} className={m.shift ? 'st-team__row--on' : 'st-team__row--off'}>
            <th scope="row">{m.displayName}</th>
            <td>{ROLES.filter((r) => m.roles.includes(r)).map((r) => ts(`roles.${r}`)).join('・')}</td>
            <td>{m.shift
              ? <>{t('until', { time: time(m.shift.endsAt) })}<span className="st-muted">{t('asRole', { role: ts(`roles.${m.shift.role}`) })}</span></>
              : <span className="st-muted">{t('offShift')}</span>}</td>
            <td><span className={`st-team__duty st-team__duty--${m.onDuty ? 'on' : 'off'}`}>{m.onDuty ? t('onDuty') : t('offDuty')}</span></td>
            <td><LoadBar load={m.load} max={m.maxConcurrent} counsels={m.roles.some((r) => r !== 'admin')} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function sameLocalDay(a: string, b: string, timeZone: string): boolean {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return day.format(new Date(a)) === day.format(new Date(b));
}
