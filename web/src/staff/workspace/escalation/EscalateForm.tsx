import { ESCALATION_LEVELS, type EscalationLevel } from '@hidamari/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { escalationStore } from '../../escalation/escalation-store';
import { escalationErrorText } from '../../escalation/escalation-text';

interface Props {
  consultationId: string;
  level: EscalationLevel;
  onLevel(level: EscalationLevel): void;
  onDone(): void;
}

/** Level (radio buttons: arrow keys move between them) and an optional note; Esc cancels. Focus starts on the level. */
export function EscalateForm({ consultationId, level, onLevel, onDone }: Props) {
  const { t } = useTranslation('escalation');
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => first.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const ack = await escalationStore.escalate({ consultationId, level, ...(note.trim() ? { note: note.trim() } : {}) });
    setBusy(false);
    if (!ack.ok) return setError(escalationErrorText(t, ack.error));
    onDone();
  }

  return (
    <form className="esc-form" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onDone()}
      aria-labelledby={`${id}-t`} data-testid="escalate-form">
      <h3 id={`${id}-t`} className="visually-hidden">{t('form.title')}</h3>
      <fieldset>
        <legend>{t('form.level')}</legend>
        {ESCALATION_LEVELS.map((l) => (
          <label key={l} className="esc-choice">
            <input ref={l === level ? first : undefined} type="radio" name={`${id}-level`} value={l} checked={l === level}
              onChange={() => onLevel(l)} data-testid={`escalate-level-${l}`} />
            <span>{t(`level.${l}`)}<small>{t(`levelHint.${l}`)}</small></span>
          </label>
        ))}
      </fieldset>
      <label className="esc-field">
        <span>{t('form.note')}</span>
        <textarea rows={2} value={note} maxLength={1000} placeholder={t('form.notePlaceholder')} onChange={(e) => setNote(e.target.value)}
          data-testid="escalate-note" />
      </label>
      {error && <p className="esc-error" role="alert">{error}</p>}
      <div className="esc-form__actions">
        <button type="button" className="st-btn" onClick={onDone}>{t('form.cancel')}</button>
        <button type="submit" className={`st-btn ${level === 'emergency' ? 'st-btn--danger' : 'st-btn--primary'}`} disabled={busy} data-testid="escalate-submit">
          {busy ? t('form.sending') : t('form.submit')}
        </button>
      </div>
    </form>
  );
}
