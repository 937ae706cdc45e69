import type { Escalation, EscalationLevel } from '@hidamari/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forConsultation } from '../../escalation/escalation.reducer';
import { useEscalations } from '../../escalation/use-escalations';
import { formatInZone } from '../../service-status';
import { EmergencyGuide } from './EmergencyGuide';
import { EscalateForm } from './EscalateForm';
import '../../escalation/escalation.css';
import { isolatedText } from '../../../lib/invisible-chars';

/** What became of one escalation, newest step only: raised (to whom) → re-alerted → taken on by X → resolved. */
function EscalationState({ e, timezone }: { e: Escalation; timezone: string }) {
  const { t, i18n } = useTranslation('escalation');
  const time = (iso: string) => formatInZone(iso, timezone, i18n.language, 'time');
  const text = e.status === 'resolved' ? t('state.resolved', { name: isolatedText(e.resolvedBy?.displayName ?? ''), time: time(e.resolvedAt ?? e.createdAt) })
    : e.status === 'acknowledged' ? t('state.acknowledged', { name: isolatedText(e.acknowledgedBy?.displayName ?? ''), time: time(e.acknowledgedAt ?? e.createdAt) })
      : e.realertedAt ? t('state.realerted', { time: time(e.realertedAt) })
        : e.notified === 'admins' ? t('state.raisedAdmins', { time: time(e.createdAt) }) : t('state.raisedSupervisors', { time: time(e.createdAt) });
  const said = e.status === 'resolved' ? e.resolutionNote : e.acknowledgementNote;
  return (
    <li className={`esc-state${e.status === 'open' && e.notified === 'admins' ? ' esc-state--admins' : ''}`} data-testid="escalation-state" data-status={e.status}>
      <span className={`esc-level esc-level--${e.level}`}>{t(`level.${e.level}`)}</span>
      <span>{text}{said && <> {t('state.note', { note: said })}</>}</span>
    </li>
  );
}

/** Under a chat's header: the escalate control, this chat's escalations, and the emergency guide while one is open. */
export function EscalationBar({ consultationId, writable, timezone }: { consultationId: string; writable: boolean; timezone: string }) {
  const { t } = useTranslation('escalation');
  const state = useEscalations();
  const [form, setForm] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  // Back to the control that opened the form, so the keyboard user is not left at the top of the page.
  const closeForm = () => {
    setForm(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const [level, setLevel] = useState<EscalationLevel>('urgent');
  const mine = forConsultation(state, consultationId);
  const emergency = mine.some((e) => e.level === 'emergency' && e.status !== 'resolved') || (form && level === 'emergency');
  if (!writable && mine.length === 0) return null;
  return (
    <div className="esc-bar" data-testid="escalation-bar">
      <div className="esc-bar__row">
        {mine.length > 0 && (
          <ul className="esc-bar__states" aria-label={t('state.label')} aria-live="polite">
            {mine.slice(0, 3).map((e) => <EscalationState key={e.id} e={e} timezone={timezone} />)}
          </ul>
        )}
        {writable && !form && (
          <button ref={opener} type="button" className="st-btn st-btn--danger" onClick={() => setForm(true)} data-testid="escalate-open">{t('escalate')}</button>
        )}
      </div>
      {form && <EscalateForm consultationId={consultationId} level={level} onLevel={setLevel} onDone={closeForm} />}
      {emergency && <EmergencyGuide />}
    </div>
  );
}
