import { HANDOFF_NOTE_MAX, type HandoffMode } from '@hidamari/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../error-text';
import { useModalDialog } from '../use-modal-dialog';
import { useHandoffs } from './HandoffContext';
import { TargetFields } from './TargetFields';
import { useCandidates } from './useCandidates';

interface Props {
  consultationId: string;
  open: boolean;
  onClose(): void;
}

/** Hand off from the chat: to a colleague (warm) or a team's queue (cold), with a staff-only note. A modal <dialog>: Esc cancels. */
export function HandoffDialog({ consultationId, open, onClose }: Props) {
  const { t } = useTranslation('handoff');
  const { t: ts } = useTranslation('staff');
  const { transfer } = useHandoffs();
  const { candidates, reload } = useCandidates(open);
  const [mode, setMode] = useState<HandoffMode>('warm');
  const [staffId, setStaffId] = useState('');
  const [team, setTeam] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const ref = useModalDialog(open, () => setError(null));

  const data = candidates.status === 'ready' ? candidates.data : null;
  const person = data?.people.find((p) => p.staffId === staffId) ?? data?.people[0];
  const chosenTeam = team || data?.teams[0]?.team || '';
  const ready = mode === 'warm' ? person !== undefined : chosenTeam !== '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    const ack = mode === 'warm'
      ? await transfer({ consultationId, mode, to: { staffId: person!.staffId }, note }, person!.displayName)
      : await transfer({ consultationId, mode, to: { team: chosenTeam }, note });
    setBusy(false);
    if (!ack.ok) return setError(ack.error.code === 'CONFLICT' ? t('errors.CONFLICT') : errorText(ts, ack.error));
    setNote('');
    onClose();
  }

  return (
    <dialog ref={ref} className="st-dialog st-handoff" aria-labelledby="st-handoff-title" data-testid="handoff-dialog"
      onCancel={(e) => (e.preventDefault(), onClose())}>
      <form onSubmit={submit} className="st-form" aria-busy={busy}>
        <h2 id="st-handoff-title">{t('title')}</h2>
        <p className="st-muted">{t('intro')}</p>
        <fieldset className="st-handoff__modes">
          <legend className="st-visually-hidden">{t('title')}</legend>
          {(['warm', 'cold'] as const).map((m) => (
            <label key={m} className="st-handoff__mode">
              <input type="radio" name="handoff-mode" value={m} checked={mode === m} onChange={() => setMode(m)} data-testid={`handoff-mode-${m}`} />
              {m === 'warm' ? t('modeWarm') : t('modeCold')}
            </label>
          ))}
        </fieldset>
        <TargetFields idPrefix="st-handoff" mode={mode} candidates={candidates} onReload={reload}
          staffId={person?.staffId ?? ''} onStaffId={setStaffId} team={chosenTeam} onTeam={setTeam} />
        <label className="st-field" htmlFor="st-handoff-note">
          <span>{t('note')}</span>
          <textarea id="st-handoff-note" data-testid="handoff-note" rows={3} maxLength={HANDOFF_NOTE_MAX} value={note}
            placeholder={t('notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && <p className="st-error" role="alert">{error}</p>}
        <div className="st-dialog__actions">
          <button type="button" className="st-btn" onClick={onClose} disabled={busy}>{ts('common.cancel')}</button>
          <button type="submit" className="st-btn st-btn--primary" data-testid="handoff-submit" disabled={busy || !ready}>
            {busy ? t('sending') : mode === 'warm' ? t('submit') : t('submitCold')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
