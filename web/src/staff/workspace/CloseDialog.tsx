import { OUTCOMES, type Outcome } from '@hidamari/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { parseTags } from '../tags';
import { useModalDialog } from './use-modal-dialog';
import type { WorkspaceApi } from './useStaffWorkspace';

interface Props {
  open: boolean;
  /** `record`: the visitor already ended the chat; only outcome and tags are added (once). */
  mode?: 'close' | 'record';
  onCancel(): void;
  onConfirm(outcome: Outcome | undefined, tags: string[]): ReturnType<WorkspaceApi['close']>;
}

/** Close with an optional outcome and free tags. A modal <dialog>: Esc cancels, focus stays inside. */
export function CloseDialog({ open, mode = 'close', onCancel, onConfirm }: Props) {
  const { t } = useTranslation('staff');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [tags, setTags] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const ref = useModalDialog(open, () => setError(null));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseTags(tags);
    if (!parsed.ok) return setError(t(`close.tagErrors.${parsed.error}`));
    setBusy(true);
    setError(null);
    const ack = await onConfirm(outcome || undefined, parsed.tags);
    setBusy(false);
    if (!ack.ok) return setError(errorText(t, ack.error));
    setOutcome('');
    setTags('');
  }

  return (
    <dialog ref={ref} className="st-dialog" aria-labelledby="st-close-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form onSubmit={submit} className="st-form" aria-busy={busy}>
        <h2 id="st-close-title">{mode === 'record' ? t('outcomeLater.title') : t('close.title')}</h2>
        <p className="st-muted">{mode === 'record' ? t('outcomeLater.intro') : t('close.intro')}</p>
        <label className="st-field">
          <span>{t('close.outcome')}</span>
          <select data-testid="close-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome | '')}>
            <option value="">{t('close.outcomeNone')}</option>
            {OUTCOMES.map((o) => <option key={o} value={o}>{t(`outcome.${o}`)}</option>)}
          </select>
        </label>
        <label className="st-field">
          <span>{t('close.tags')}</span>
          <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder={t('close.tagsPlaceholder')} />
          <small>{t('close.tagsHint')}</small>
        </label>
        {error && <p className="st-error" role="alert">{error}</p>}
        <div className="st-dialog__actions">
          <button type="button" className="st-btn" onClick={onCancel} disabled={busy}>{t('common.cancel')}</button>
          <button type="submit" className={`st-btn ${mode === 'record' ? 'st-btn--primary' : 'st-btn--danger'}`} data-testid="close-confirm" disabled={busy}>
            {mode === 'record' ? (busy ? t('outcomeLater.recording') : t('outcomeLater.confirm')) : busy ? t('close.closing') : t('close.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
