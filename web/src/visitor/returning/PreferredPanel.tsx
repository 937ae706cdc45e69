import type { PreferChoice } from '@hidamari/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isolatedText } from '../../lib/invisible-chars';
import { useHoursText } from '../use-hours-text';
import type { ActionResult } from '../visitor-store';
import { asksForChoice, type PreferredNotice, type PreferredView } from './preferred';
import { RETURN_NS } from './return.i18n';
import './return.css';

interface Props {
  preferred: PreferredView | null;
  notice: PreferredNotice | null;
  timezone: string;
  onChoose(choice: PreferChoice): Promise<ActionResult>;
}

/**
 * While waiting for the counselor the visitor asked for: on duty → they are told first; off duty → when they are next
 * on shift, and wait / leave them a message / talk with anyone now; the wait ended → the chat is open to anyone.
 */
export function PreferredPanel({ preferred, notice, timezone, onChoose }: Props) {
  const { t } = useTranslation(RETURN_NS);
  const say = useHoursText();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const id = useId();

  if (!preferred) {
    if (!notice) return null;
    return (
      <p className="hv-card hv-card--info hv-preferred" role="status" data-testid="preferred-ended" data-notice={notice}>
        {t(notice === 'anyone' ? 'preferred.anyoneChosen' : 'preferred.opened')}
      </p>
    );
  }

  const name = isolatedText(preferred.counselorName);
  const when = preferred.nextShiftAt ? say.opening(preferred.nextShiftAt, timezone) : null;

  async function choose(choice: PreferChoice) {
    setBusy(true);
    setFailed(false);
    const res = await onChoose(choice);
    setBusy(false);
    if (!res.ok) setFailed(true);
  }

  let body;
  if (preferred.mode === 'first') {
    body = (
      <>
        <h2 id={id}>{t('preferred.firstTitle', { name })}</h2>
        <p>{t('preferred.first', { name })}</p>
      </>
    );
  } else if (asksForChoice(preferred)) {
    const unplanned = preferred.mode === 'unplanned';
    const choices: { choice: PreferChoice; label: string; hint: string }[] = [
      ...(unplanned ? [] : [{ choice: 'wait' as const, label: t('preferred.wait', { name }), hint: t('preferred.waitHint', { name }) }]),
      unplanned
        ? { choice: 'message', label: t('preferred.messageUnplanned'), hint: t('preferred.messageUnplannedHint') }
        : { choice: 'message', label: t('preferred.message', { name }), hint: t('preferred.messageHint') },
      { choice: 'anyone', label: t('preferred.anyone'), hint: t('preferred.anyoneHint') },
    ];
    body = (
      <>
        <h2 id={id}>{t('preferred.awayTitle', { name })}</h2>
        <p data-testid="preferred-next-shift">
          {unplanned ? t('preferred.unplanned', { name }) : when ? t('preferred.nextShift', { name, when }) : t('preferred.nextShiftUnknown', { name })}
        </p>
        <p className="hv-preferred__ask">{t('preferred.ask')}</p>
        <div className="hv-preferred__choices" role="group" aria-labelledby={id}>
          {choices.map((c) => (
            <button
              key={c.choice} type="button" className={`hv-button hv-preferred__choice${c.choice === 'wait' ? ' hv-button--primary' : ''}`}
              data-testid={`prefer-${c.choice}`} onClick={() => void choose(c.choice)} disabled={busy}
            >
              <span>{c.label}</span>
              <span className="hv-hint">{c.hint}</span>
            </button>
          ))}
        </div>
        {busy && <p className="hv-hint" role="status">{t('preferred.sending')}</p>}
      </>
    );
  } else {
    const message = preferred.chosen === 'message';
    const text = !message ? t('preferred.waiting', { name })
      : preferred.mode === 'unplanned' ? t('preferred.messageBodyAnyone')
        : when ? t('preferred.messageBody', { name, when }) : t('preferred.messageBodyNoTime', { name });
    body = (
      <>
        <h2 id={id}>{message && preferred.mode === 'unplanned' ? t('preferred.messageUnplanned') : t(message ? 'preferred.messageTitle' : 'preferred.waitingTitle', { name })}</h2>
        {!message && when && <p data-testid="preferred-next-shift">{t('preferred.nextShift', { name, when })}</p>}
        <p>{text}</p>
        {preferred.mode !== 'unplanned' && (
          <button type="button" className="hv-link-button" data-testid="prefer-anyone" onClick={() => void choose('anyone')} disabled={busy}>
            {t('preferred.change')}
          </button>
        )}
      </>
    );
  }

  return (
    <section
      className="hv-card hv-card--info hv-preferred" aria-labelledby={id} data-testid="preferred-panel" data-mode={preferred.mode}
      data-chosen={preferred.chosen ?? undefined} aria-live="polite"
    >
      {body}
      {failed && <p className="hv-error" role="alert">{t('preferred.failed')}</p>}
    </section>
  );
}
