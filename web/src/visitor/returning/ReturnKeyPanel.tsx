import type { Ack } from '@hidamari/shared';
import { useContext, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browserStorage } from '../session.storage';
import { SurveyTransportContext } from '../survey/survey-transport';
import { clearReturnKey, writeReturnKey } from './return-key.storage';
import { RETURN_NS } from './return.i18n';
import './return.css';

type Phase = { step: 'choose' } | { step: 'kept'; key: string } | { step: 'forgotten' };

const noAnswer = (): Ack<never> => ({ ok: false, error: { code: 'INTERNAL', message: 'no answer' } });

/**
 * After a close: keep a return key (shown large, to write down; saved on this device only because the visitor chose
 * it) or forget (the key stops working and leaves this device). Either can be changed while the page is open.
 */
export function ReturnKeyPanel({ onKept }: { onKept?(): void }) {
  const { t } = useTranslation(RETURN_NS);
  const transport = useContext(SurveyTransportContext);
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [copied, setCopied] = useState(false);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // The button pressed is gone: the keyboard and screen reader go to what replaced it (not on first show).
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [phase.step]);
  if (!transport) return null;

  async function keep() {
    if (!transport) return;
    setBusy(true);
    setFailed(false);
    const res = await transport.survey('returnKey:keep', {}).catch(noAnswer);
    setBusy(false);
    if (!res.ok) return setFailed(true);
    writeReturnKey(browserStorage(), res.returnKey);
    setCopied(false);
    setPhase({ step: 'kept', key: res.returnKey });
    onKept?.();
  }

  async function forget() {
    if (!transport) return;
    setBusy(true);
    setFailed(false);
    const res = await transport.survey('returnKey:forget', {}).catch(noAnswer);
    setBusy(false);
    if (!res.ok) return setFailed(true);
    clearReturnKey(browserStorage());
    setPhase({ step: 'forgotten' });
  }

  function copy(key: string) {
    navigator.clipboard.writeText(key).then(() => setCopied(true), () => setCopied(false));
  }

  const canCopy = typeof navigator !== 'undefined' && !!navigator.clipboard;
  return (
    <section className="hv-card hv-card--info hv-returnkey" aria-labelledby={id} data-testid="return-key-panel" data-step={phase.step} aria-busy={busy}>
      {phase.step === 'choose' && (
        <>
          <h3 id={id}>{t('keep.title')}</h3>
          <p>{t('keep.lead')}</p>
          <div className="hv-stack">
            <button type="button" className="hv-button hv-button--primary" data-testid="return-key-keep" onClick={keep} disabled={busy}>
              {busy ? t('keep.working') : t('keep.keep')}
            </button>
            <button type="button" className="hv-button" data-testid="return-key-forget" onClick={forget} disabled={busy}>
              {t('keep.forget')}
            </button>
          </div>
        </>
      )}
      {phase.step === 'kept' && (
        <>
          <h3 id={id} ref={heading} tabIndex={-1}>{t('keep.keptTitle')}</h3>
          <p className="hv-returnkey__key" data-testid="return-key" translate="no">{phase.key}</p>
          <p><strong>{t('keep.keptNote')}</strong></p>
          <p className="hv-hint">{t('keep.keptDevice')}</p>
          <div className="hv-actions">
            {canCopy && (
              <button type="button" className="hv-button hv-button--small" data-testid="return-key-copy" onClick={() => copy(phase.key)}>
                <span aria-live="polite">{copied ? t('keep.copied') : t('keep.copy')}</span>
              </button>
            )}
            <button type="button" className="hv-link-button" data-testid="return-key-undo" onClick={forget} disabled={busy}>{t('keep.undo')}</button>
          </div>
        </>
      )}
      {phase.step === 'forgotten' && (
        <div role="status">
          <h3 id={id} ref={heading} tabIndex={-1}>{t('keep.forgottenTitle')}</h3>
          <p>{t('keep.forgotten')}</p>
          <button type="button" className="hv-link-button" data-testid="return-key-keep-after" onClick={keep} disabled={busy}>{t('keep.keepAfter')}</button>
        </div>
      )}
      {failed && <p className="hv-error" role="alert">{t('keep.failed')}</p>}
    </section>
  );
}
