import { useTranslation } from 'react-i18next';
import { useNow } from '../useAlerts';
import { useHandoffs } from './HandoffContext';
import { timeLeft } from './handoff-state';

/** The sender's view of a hand-off of this chat: waiting (with the time left), declined, expired, withdrawn or done. */
export function HandoffStatus({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation('handoff');
  const { state, dismiss } = useHandoffs();
  const now = useNow(1000);
  const o = state.outgoing[consultationId];
  if (!o) return null;
  const name = o.toName ?? t('someone');
  const text =
    o.phase === 'waiting' ? t('waiting', { name, left: timeLeft(o.expiresAt, now) })
    : o.phase === 'completed' ? (o.team ? t('completedCold', { team: o.team }) : t('completedWarm', { name }))
    : o.phase === 'cancelled' ? t('cancelled')
    : t(o.phase, { name });
  return (
    <p className={`st-handoff-status st-handoff-status--${o.phase}`} role="status" data-testid="handoff-status" data-phase={o.phase}>
      <span>{text}</span>
      {o.phase !== 'waiting' && (
        <button type="button" className="st-btn st-btn--link" onClick={() => dismiss(consultationId)}>{t('dismiss')}</button>
      )}
    </p>
  );
}
