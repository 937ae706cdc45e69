import type { AuditEntry } from '@hidamari/shared';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffDirectory } from '../admin/useStaffDirectory';
import { errorText } from '../error-text';
import { formatInZone, useServiceStatus } from '../service-status';
import { StaffHeader } from '../workspace/StaffHeader';
import { describeDetails, type DetailWords } from './audit-details';
import { useAuditLog } from './useAuditLog';
import './audit.css';

/** Admins: who changed staff, roster and settings, and when (in the service's time zone). */
export function AuditPage() {
  const { t, i18n } = useTranslation('audit');
  const { t: ts } = useTranslation('staff');
  const { timezone } = useServiceStatus();
  const log = useAuditLog();
  const { staff } = useStaffDirectory();
  useEffect(() => {
    document.title = `${t('title')} — ${ts('appName')}`;
  }, [t, ts]);

  const names = useMemo(() => new Map((staff ?? []).map((s) => [s.id, s.displayName])), [staff]);
  const when = (iso: string) => formatInZone(iso, timezone, i18n.language, 'datetime');
  const words: DetailWords = {
    field: (k) => t(`field.${k}`, { defaultValue: k }),
    role: (r) => ts(`roles.${r}`, { defaultValue: r }),
    staffName: (id) => names.get(id),
    time: when,
    yes: t('yes'), no: t('no'), none: t('none'),
  };
  const entries = log.data?.pages.flat() ?? [];

  let body;
  if (log.isPending) body = <p className="st-muted" role="status">{ts('common.loading')}</p>;
  else if (log.isError && entries.length === 0) {
    body = (
      <div className="st-error" role="alert">
        {t('failed')} {errorText(ts, log.error)}{' '}
        <button type="button" className="st-btn" onClick={() => void log.refetch()}>{ts('common.retry')}</button>
      </div>
    );
  } else if (entries.length === 0) body = <p className="st-muted">{t('empty')}</p>;
  else {
    body = (
      <table className="st-table st-audit__table">
        <thead>
          <tr><th scope="col">{t('when')}</th><th scope="col">{t('who')}</th><th scope="col">{t('what')}</th><th scope="col">{t('subject')}</th><th scope="col">{t('details')}</th></tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-testid="audit-entry">
              <td className="st-audit__when"><time dateTime={e.createdAt}>{when(e.createdAt)}</time></td>
              <td>{e.staffId ? e.staffName ?? t('unknownStaff') : <span className="st-muted">{t('system')}</span>}</td>
              <td>{t(`action.${e.action}`, { defaultValue: e.action })}</td>
              <td>{subjectText(e, names, t)}</td>
              <td><Details entry={e} words={words} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <div className="st-shell">
      <StaffHeader page="audit" />
      <main className="st-admin st-audit">
        <h1>{t('title')}</h1>
        <p className="st-muted">{t('intro', { timezone })}</p>
        {body}
        {entries.length > 0 && (
          <div className="st-audit__more">
            {log.hasNextPage ? (
              <button type="button" className="st-btn" disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
                {log.isFetchingNextPage ? t('loadingOlder') : t('loadOlder')}
              </button>
            ) : <p className="st-muted">{t('noMore')}</p>}
            {log.isFetchNextPageError && <p className="st-error" role="alert">{errorText(ts, log.error)}</p>}
          </div>
        )}
      </main>
    </div>
  );
}

function subjectText(e: AuditEntry, names: Map<string, string>, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (e.consultationId) return t('consultation', { id: e.consultationId.slice(0, 8) });
  if (!e.subject) return '—';
  const [kind, id = ''] = e.subject.split(':');
  if (kind === 'staff') return names.get(id) ?? (typeof e.data.displayName === 'string' ? e.data.displayName : id.slice(0, 8));
  if (kind === 'settings') return t('settingsSubject');
  if (kind === 'shift') return t('shiftSubject', { id: id.slice(0, 8) });
  return e.subject;
}

function Details({ entry, words }: { entry: AuditEntry; words: DetailWords }) {
  const { t } = useTranslation('audit');
  if (entry.action === 'staff.password_reset') return <>{entry.data.chosenByAdmin ? t('chosenByAdmin') : t('temporaryIssued')}</>;
  const lines = describeDetails(entry, words);
  if (lines.length === 0) return <span className="st-muted">—</span>;
  return <ul className="st-audit__details">{lines.map((l, i) => <li key={i}>{l}</li>)}</ul>;
}
