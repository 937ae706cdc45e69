import type { Escalation } from '@hidamari/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInZone, useServiceStatus } from '../service-status';
import { escalationStore } from './escalation-store';
import { escalationErrorText } from './escalation-text';

/** One unresolved escalation in the list: take it on, or resolve it with a note. */
function Row({ e, timezone }: { e: Escalation; timezone: string }) {
  const { t, i18n } = useTranslation('escalation');
  const { t: ts } = useTranslation('staff');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function act(kind: 'escalation:ack' | 'escalation:resolve') {
    setBusy(true);
    const ack = await escalationStore.act(kind, { escalationId: e.id, ...(note.trim() ? { note: note.trim() } : {}) });
    setBusy(false);
    setError(ack.ok ? null : escalationErrorText(t, ack.error));
  }
  return (
    <li className={`esc-row esc-row--${e.level}`} data-testid="escalation-row">
      <p className="esc-row__head">
        <span className={`esc-level esc-level--${e.level}`}>{t(`level.${e.level}`)}</span>
        <span className="esc-row__status">{t(`status.${e.status}`)}</span>
        <span className="st-muted">{formatInZone(e.createdAt, timezone, i18n.language, 'time')}</span>
      </p>
      <p className="esc-row__facts">
        {t('list.from', { name: e.raisedBy.displayName })}
        {' · '}{t('alert.chat', { audience: ts(`audience.${e.consultation.audience}`), topic: ts(`topic.${e.consultation.topic}`) })}
      </p>
      {e.note && <p className="esc-row__note">{e.note}</p>}
      {e.acknowledgedBy && <p className="st-muted">{t('list.ackedBy', { name: e.acknowledgedBy.displayName })}</p>}
      <label className="esc-field">
        <span>{t('list.resolutionNote')}</span>
        <input type="text" value={note} maxLength={1000} onChange={(ev) => setNote(ev.target.value)} />
      </label>
      {error && <p className="esc-error" role="alert">{error}</p>}
      <div className="esc-row__actions">
        {e.status === 'open' && <button type="button" className="st-btn" disabled={busy} onClick={() => void act('escalation:ack')}>{t('list.acknowledge')}</button>}
        <button type="button" className="st-btn" disabled={busy} onClick={() => void act('escalation:resolve')} data-testid="escalation-resolve">
          {t('list.resolve')}
        </button>
      </div>
    </li>
  );
}

/** The unresolved escalations, most urgent first, behind a button that shows how many there are. */
export function EscalationList({ escalations }: { escalations: Escalation[] }) {
  const { t } = useTranslation('escalation');
  const { timezone } = useServiceStatus();
  const [open, setOpen] = useState(false);
  if (escalations.length === 0 && !open) return null;
  return (
    <div className="esc-list-anchor">
      {open && (
        <section className="esc-list" aria-labelledby="esc-list-title" data-testid="escalation-list">
          <header className="esc-list__head">
            <h2 id="esc-list-title">{t('list.title')}</h2>
            <button type="button" className="st-btn st-btn--quiet" onClick={() => setOpen(false)}>{t('list.close')}</button>
          </header>
          {escalations.length === 0 ? <p className="st-muted">{t('list.empty')}</p> : (
            <ul className="esc-list__items">{escalations.map((e) => <Row key={e.id} e={e} timezone={timezone} />)}</ul>
          )}
        </section>
      )}
      <button type="button" className="esc-list-button" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="escalation-list-toggle">
        {t('list.button', { count: escalations.length })}
      </button>
    </div>
  );
}
