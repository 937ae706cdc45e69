import type { OverviewConsultation } from '@hidamari/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../error-text';
import { formatInZone, useServiceStatus } from '../service-status';
import { useStaff } from '../session';
import { StaffHeader } from '../workspace/StaffHeader';
import { ChatsTable } from './ChatsTable';
import { CounselorsTable } from './CounselorsTable';
import { EscalationsList } from './EscalationsList';
import { MonitorPanel } from './MonitorPanel';
import { OVERVIEW_KEY, useOverview } from './useOverview';
import { useMonitor } from './useMonitor';
import './supervision.css';

/** The supervisor's dashboard: every open chat, every counselor's load, open escalations; monitor and take over. */
export function SupervisionPage() {
  const { t, i18n } = useTranslation('supervision');
  const { t: ts } = useTranslation('staff');
  const me = useStaff();
  const canAct = me.roles.includes('supervisor');
  const { timezone } = useServiceStatus();
  const overview = useOverview();
  const client = useQueryClient();
  const refresh = useCallback(() => void client.invalidateQueries({ queryKey: OVERVIEW_KEY }), [client]);
  const monitor = useMonitor(refresh);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    document.title = `${t('title')} — ${ts('appName')}`;
  }, [t, ts]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);

  async function act<T extends { ok: boolean; error?: { code: string } }>(id: string, run: () => Promise<T>, done?: string) {
    setBusyId(id);
    setNotice(null);
    const ack = await run();
    setBusyId(null);
    if (!ack.ok) setNotice({ kind: 'error', text: errorText(ts, ack.error) });
    else if (done) setNotice({ kind: 'ok', text: done });
    refresh();
  }
  const takeover = (c: Pick<OverviewConsultation, 'id'> & { counselorName?: string }) => {
    if (!window.confirm(t('takeoverConfirm', { counselor: c.counselorName ?? '' }))) return;
    void act(c.id, () => monitor.takeover(c.id), t('takenOver'));
  };

  const data = overview.data;
  let chats;
  if (overview.isPending) chats = <p className="st-muted" role="status">{ts('common.loading')}</p>;
  else if (overview.isError) {
    chats = (
      <div className="st-error" role="alert">
        {t('failed')} {errorText(ts, overview.error)}{' '}
        <button type="button" className="st-btn" onClick={() => void overview.refetch()}>{ts('common.retry')}</button>
      </div>
    );
  } else {
    chats = (
      <ChatsTable chats={overview.data.consultations} now={now} canAct={canAct} monitoringId={monitor.monitored?.consultation.id ?? null}
        busyId={busyId} onMonitor={(id) => void act(id, () => monitor.open(id))}
        onTakeover={(c) => takeover({ id: c.id, counselorName: c.counselor?.displayName })} />
    );
  }

  return (
    <div className="st-shell">
      <StaffHeader page="supervision" />
      <main className={`st-admin sv-page${monitor.monitored ? ' sv-page--monitoring' : ''}`}>
        <div className="sv-page__main">
          <div className="st-team__top">
            <h1>{t('title')}</h1>
            {overview.dataUpdatedAt > 0 && (
              <p className="st-muted" aria-live="polite">
                {overview.isFetching ? t('refreshing') : t('updatedAt', { time: formatInZone(new Date(overview.dataUpdatedAt).toISOString(), timezone, i18n.language, 'time') })}
              </p>
            )}
          </div>
          <p className="st-muted">{t('intro')}</p>
          {!canAct && <p className="sv-note">{t('readOnlyAdmin')}</p>}
          {notice && (
            <p className={notice.kind === 'error' ? 'st-error' : 'st-ok'} role={notice.kind === 'error' ? 'alert' : 'status'}>
              {notice.text} {notice.kind === 'ok' && <Link to="/staff">{t('openWorkspace')}</Link>}
            </p>
          )}
          <section aria-labelledby="sv-chats-title">
            <h2 id="sv-chats-title">{t('chats.title', { count: data?.consultations.length ?? 0 })}</h2>
            {data?.truncated && <p className="st-muted">{t('truncated')}</p>}
            {chats}
          </section>
          {data && (
            <div className="sv-page__lower">
              <section aria-labelledby="sv-esc-title">
                <h2 id="sv-esc-title">{t('escalations.title', { count: data.escalations.length })}</h2>
                <EscalationsList items={data.escalations} timezone={timezone} />
              </section>
              <section aria-labelledby="sv-people-title">
                <h2 id="sv-people-title">{t('counselors.title', { count: data.counselors.length })}</h2>
                <CounselorsTable members={data.counselors} />
              </section>
            </div>
          )}
        </div>
        {monitor.monitored && (
          <MonitorPanel chat={monitor.monitored} timezone={timezone} onWhisper={monitor.whisper} onStop={() => void monitor.stop()}
            onTakeover={() => takeover({ id: monitor.monitored!.consultation.id, counselorName: monitor.monitored!.consultation.counselorName })} />
        )}
      </main>
    </div>
  );
}
