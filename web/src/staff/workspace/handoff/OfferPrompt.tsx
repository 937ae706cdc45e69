import type { HandoffOffered } from '@hidamari/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../error-text';
import { RiskBadge } from '../RiskBadge';
import { useNow } from '../useAlerts';
import { useHandoffs } from './HandoffContext';
import { timeLeft } from './handoff-state';
import './handoff.css';
import { SafeText } from '../../../lib/safe-text';
import { isolatedText } from '../../../lib/invisible-chars';

/** Offers waiting for my answer, stacked at the top right above everything; the newest takes focus. */
export function OfferPrompts() {
  const { state } = useHandoffs();
  if (state.offers.length === 0) return null;
  return (
    <div className="st-offers">
      {state.offers.map((o) => <OfferCard key={o.handoffId} offer={o} />)}
    </div>
  );
}

function OfferCard({ offer }: { offer: HandoffOffered }) {
  const { t } = useTranslation('handoff');
  const { t: ts } = useTranslation('staff');
  const { respond } = useHandoffs();
  const now = useNow(1000);
  const ref = useRef<HTMLElement>(null);
  const [busy, setBusy] = useState<'accept' | 'decline' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const c = offer.consultation;
  const titleId = `st-offer-${offer.handoffId}`;
  useEffect(() => ref.current?.focus(), []);

  async function answer(accept: boolean) {
    setBusy(accept ? 'accept' : 'decline');
    setError(null);
    const ack = await respond(offer.handoffId, accept);
    setBusy(null);
    if (!ack.ok) setError(errorText(ts, ack.error));
  }

  return (
    <section ref={ref} className="st-offer" role="alertdialog" aria-labelledby={titleId} aria-describedby={`${titleId}-from`} tabIndex={-1}
      data-testid="handoff-offer">
      <h2 id={titleId}>{t('offerTitle')} <span className="st-offer__left">{t('offerLeft', { left: timeLeft(offer.expiresAt, now) })}</span></h2>
      <p id={`${titleId}-from`}>{t('offerFrom', { name: isolatedText(offer.from.displayName) })}</p>
      <p className="st-offer__facts">
        <strong>{c.nickname ? <SafeText text={c.nickname} /> : ts('chat.anonymous')}</strong> · {ts(`audience.${c.audience}`)} · {ts(`topic.${c.topic}`)}
        {' '}<RiskBadge level={c.riskLevel} />
      </p>
      <div className="st-offer__note">
        <span className="st-muted">{t('offerNote')}</span>
        <p data-testid="handoff-offer-note">{offer.note || t('offerNoNote')}</p>
      </div>
      {error && <p className="st-error" role="alert">{error}</p>}
      <div className="st-offer__actions">
        <button type="button" className="st-btn" disabled={busy !== null} onClick={() => void answer(false)} data-testid="handoff-decline">
          {t('decline')}
        </button>
        <button type="button" className="st-btn st-btn--primary" disabled={busy !== null} onClick={() => void answer(true)} data-testid="handoff-accept">
          {busy === 'accept' ? t('accepting') : t('accept')}
        </button>
      </div>
    </section>
  );
}
