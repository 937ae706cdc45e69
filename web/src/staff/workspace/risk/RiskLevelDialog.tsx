import { RISK_LEVELS, RISK_LIMITS, type RiskLevel } from '@hidamari/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../error-text';
import { useModalDialog } from '../use-modal-dialog';
import { riskStore } from './risk-store';

interface Props {
  consultationId: string;
  current: RiskLevel;
  open: boolean;
  onClose(): void;
}

/** Sets the level (lower or higher) with a required reason: a modal <dialog>, Esc cancels, focus stays inside. */
export function RiskLevelDialog({ consultationId, current, open, onClose }: Props) {
  const { t } = useTranslation(['risk', 'staff']);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [level, setLevel] = useState<RiskLevel>(current);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const ref = useModalDialog(open, () => {
    // Lowering is the usual reason to open this: start one step down.
    setLevel(RISK_LEVELS[Math.min(RISK_LEVELS.length - 1, RISK_LEVELS.indexOf(current) + 1)]!);
    setReason('');
    setError(null);
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setError(t('dialog.reasonRequired'));
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const ack = await riskStore.set({ consultationId, level, reason: reason.trim() });
    setBusy(false);
    if (!ack.ok) return setError(errorText(t, ack.error));
    onClose();
  }

  return (
    <dialog ref={ref} className="st-dialog rk-dialog" aria-labelledby={`${id}-title`} onCancel={(e) => (e.preventDefault(), onClose())}>
      <form onSubmit={submit} className="st-form" aria-busy={busy} noValidate>
        <h2 id={`${id}-title`}>{t('dialog.title')}</h2>
        <p className="st-muted">{t('dialog.intro')}</p>
        <p>{t('dialog.current', { level: t(`level.${current}`) })}</p>
        <fieldset className="rk-levels">
          <legend>{t('dialog.newLevel')}</legend>
          {RISK_LEVELS.map((l) => (
            <label key={l} className={`rk-level rk-level--${l}`}>
              <input type="radio" name={`${id}-level`} value={l} checked={level === l} onChange={() => setLevel(l)} data-testid={`risk-level-${l}`} />
              <span><strong>{t(`level.${l}`)}</strong><small>{t(`levelHint.${l}`)}</small></span>
            </label>
          ))}
        </fieldset>
        <label className="st-field">
          <span>{t('dialog.reason')}</span>
          <textarea ref={reasonRef} rows={3} required maxLength={RISK_LIMITS.reason} value={reason} data-testid="risk-reason"
            aria-invalid={error === t('dialog.reasonRequired') || undefined} onChange={(e) => setReason(e.target.value)} />
          <small>{t('dialog.reasonHint')}</small>
        </label>
        {error && <p className="st-error" role="alert">{error}</p>}
        <div className="st-dialog__actions">
          <button type="button" className="st-btn" onClick={onClose} disabled={busy}>{t('dialog.cancel')}</button>
          <button type="submit" className="st-btn st-btn--primary" data-testid="risk-save" disabled={busy}>
            {busy ? t('dialog.saving') : t('dialog.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
