import type { Escalation } from '@hidamari/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatInZone, useServiceStatus } from '../service-status';
import { EMERGENCY_RING_MS, soundAlert } from './alert-sound';
import { escalationStore } from './escalation-store';
import { escalationErrorText, openPath } from './escalation-text';

/**
 * The alert supervisors and admins get: not modal (they may be in a chat of their own), but fixed on top of every page
 * until someone takes the escalation on. Focus moves to the alert itself, never to a button, so a key pressed while
 * typing elsewhere cannot acknowledge it by accident.
 */
export function EscalationAlert({ escalation: e, more, realerts, canOpen }: { escalation: Escalation; more: number; realerts: number; canOpen: boolean }) {
  const { t, i18n } = useTranslation('escalation');
  const { t: ts } = useTranslation('staff');
  const { timezone } = useServiceStatus();
  const navigate = useNavigate();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const emergency = e.level === 'emergency';

  useEffect(() => {
    ref.current?.focus();
    soundAlert(emergency);
    if (!emergency) return;
    const ring = setInterval(() => soundAlert(true), EMERGENCY_RING_MS);
    return () => clearInterval(ring);
  }, [e.id, emergency, realerts]);

  async function acknowledge() {
    setBusy(true);
    setError(null);
    const ack = await escalationStore.act('escalation:ack', { escalationId: e.id, ...(note.trim() ? { note: note.trim() } : {}) });
    setBusy(false);
    if (!ack.ok) setError(escalationErrorText(t, ack.error));
    else setNote('');
  }

  return (
    <div ref={ref} tabIndex={-1} role="alertdialog" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`}
      className={`esc-alert esc-alert--${e.level}`} data-testid="escalation-alert" data-level={e.level} data-realert={e.realertedAt ? 'true' : 'false'}>
      <h2 id={`${id}-t`} className="esc-alert__title">{t(`alert.title.${e.level}`)}</h2>
      {e.realertedAt && <p className="esc-alert__realert">{t('alert.realert')}</p>}
      <div id={`${id}-d`}>
        <p className="esc-alert__facts">
          {t('alert.from', { name: e.raisedBy.displayName, time: formatInZone(e.createdAt, timezone, i18n.language, 'time') })}
          {' · '}{t('alert.chat', { audience: ts(`audience.${e.consultation.audience}`), topic: ts(`topic.${e.consultation.topic}`) })}
          {e.consultation.counselorName && e.consultation.counselorName !== e.raisedBy.displayName && <> · {t('alert.counselor', { name: e.consultation.counselorName })}</>}
        </p>
        {e.note && <p className="esc-alert__note"><strong>{t('alert.note')}: </strong>{e.note}</p>}
        {e.notified === 'admins' && <p className="esc-alert__admins">{t('alert.adminsNotified')}</p>}
      </div>
      <label className="esc-field">
        <span>{t('alert.ackNote')}</span>
        <input type="text" value={note} maxLength={1000} onChange={(ev) => setNote(ev.target.value)} data-testid="escalation-ack-note" />
      </label>
      {error && <p className="esc-error" role="alert">{error}</p>}
      <div className="esc-alert__actions">
        {more > 0 && <span className="esc-alert__more">{t('alert.more', { count: more })}</span>}
        {canOpen && (
          <button type="button" className="st-btn" onClick={() => navigate(openPath(e.consultationId))} data-testid="escalation-open">{t('alert.open')}</button>
        )}
        <button type="button" className="st-btn st-btn--primary" disabled={busy} onClick={() => void acknowledge()} data-testid="escalation-ack">
          {t('alert.acknowledge')}
        </button>
      </div>
    </div>
  );
}
