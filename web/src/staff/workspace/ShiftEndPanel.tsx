import { HANDOFF_NOTE_MAX, type HandoffMode } from '@hidamari/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import type { ChatState } from '../workspace.reducer';
import { useHandoffs } from './handoff/HandoffContext';
import { HandoffStatus } from './handoff/HandoffStatus';
import { canStart } from './handoff/handoff-state';
import { TargetFields } from './handoff/TargetFields';
import { useCandidates, type CandidatesState } from './handoff/useCandidates';
import type { WorkspaceApi } from './useStaffWorkspace';
import { SafeText } from '../../lib/safe-text';

interface Props {
  /** The chats the counselor still holds. */
  chats: ChatState[];
  onDuty: boolean;
  api: Pick<WorkspaceApi, 'handover' | 'activate' | 'setDuty' | 'putShiftEndAside'>;
}

/**
 * After the shift's end: each open chat with a hand-over to a colleague on duty (warm: they accept first) or back to
 * the queue, for a team or anyone (cold), and an optional note; once none is left, going off duty. A region above
 * the chats, not a modal: the counselor can still write a last word to the visitor first.
 */
export function ShiftEndPanel({ chats, onDuty, api }: Props) {
  const { t } = useTranslation('staff');
  const ref = useRef<HTMLElement>(null);
  const { candidates, reload } = useCandidates(true);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} className="st-shift-end" tabIndex={-1} aria-labelledby="st-shift-end-title" data-testid="shift-ended">
      <h2 id="st-shift-end-title">{t('shiftEnd.endedTitle')}</h2>
      {chats.length > 0 ? (
        <>
          <p>{t('shiftEnd.ended')}</p>
          <ul className="st-shift-end__list" aria-label={t('shiftEnd.chatsLabel')}>
            {chats.map((c) => <HandoverRow key={c.consultation.id} chat={c} api={api} candidates={candidates} onReload={reload} />)}
          </ul>
        </>
      ) : (
        <p role="status">{t('shiftEnd.noneLeft')}</p>
      )}
      <div className="st-shift-end__actions">
        {chats.length === 0 && onDuty && (
          <button type="button" className="st-btn st-btn--primary" data-testid="shift-end-off-duty" onClick={() => void api.setDuty(false)}>
            {t('shiftEnd.goOffDuty')}
          </button>
        )}
        <button type="button" className="st-btn st-btn--quiet" onClick={api.putShiftEndAside}>
          {chats.length === 0 ? t('common.close') : t('shiftEnd.later')}
        </button>
      </div>
    </section>
  );
}

function HandoverRow({ chat, api, candidates, onReload }: { chat: ChatState; api: Props['api']; candidates: CandidatesState; onReload(): void }) {
  const { t } = useTranslation('staff');
  const { t: th } = useTranslation('handoff');
  const handoffs = useHandoffs();
  const c = chat.consultation;
  const people = candidates.status === 'ready' ? candidates.data.people : [];
  // A colleague on duty first (nobody waits in the queue); the queue when nobody is there.
  const [chosen, setChosen] = useState<HandoffMode | null>(null);
  const mode: HandoffMode = chosen ?? (people.length > 0 ? 'warm' : 'cold');
  const [staffId, setStaffId] = useState('');
  const [team, setTeam] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const person = people.find((p) => p.staffId === staffId) ?? people[0];
  const id = `st-handover-${c.id}`;
  const waiting = !canStart(handoffs.state, c.id);

  async function handover() {
    setBusy(true);
    setError(null);
    const ack =
      mode === 'warm' && person ? await handoffs.transfer({ consultationId: c.id, mode, to: { staffId: person.staffId }, note }, person.displayName)
      : team ? await handoffs.transfer({ consultationId: c.id, mode: 'cold', to: { team }, note })
      : await api.handover(c.id, note);
    setBusy(false);
    if (!ack.ok) setError(ack.error.code === 'CONFLICT' ? th('errors.CONFLICT') : errorText(t, ack.error));
  }

  return (
    <li className="st-shift-end__item">
      <div className="st-shift-end__who">
        <strong>{c.nickname ? <SafeText text={c.nickname} /> : t('chat.anonymous')}</strong>
        <span className="st-muted"> {t(`audience.${c.audience}`)} · {t(`topic.${c.topic}`)}</span>
        <button type="button" className="st-btn st-btn--link" onClick={() => api.activate(c.id)}>{t('shiftEnd.open')}</button>
      </div>
      <fieldset className="st-shift-end__modes" disabled={busy || waiting}>
        <legend>{th('shiftEnd.how')}</legend>
        {(['warm', 'cold'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setChosen(m)} data-testid={`handover-mode-${m}`} />
            {m === 'warm' ? th('shiftEnd.toColleague') : th('shiftEnd.toQueue')}
          </label>
        ))}
      </fieldset>
      <TargetFields idPrefix={id} mode={mode} candidates={candidates} onReload={onReload} staffId={person?.staffId ?? ''} onStaffId={setStaffId}
        team={team} onTeam={setTeam} allowAnyone />
      <label className="st-field" htmlFor={`${id}-note`}>
        <span>{t('shiftEnd.note')}</span>
      </label>
      <textarea id={`${id}-note`} rows={2} maxLength={HANDOFF_NOTE_MAX} value={note} placeholder={t('shiftEnd.notePlaceholder')}
        onChange={(e) => setNote(e.target.value)} disabled={busy || waiting} />
      <HandoffStatus consultationId={c.id} />
      <div className="st-shift-end__row-actions">
        <button type="button" className="st-btn st-btn--primary" data-testid="handover" disabled={busy || waiting || (mode === 'warm' && !person)}
          onClick={() => void handover()}>
          {busy ? t('shiftEnd.handingOver') : t('shiftEnd.handover')}
        </button>
        {error && <span className="st-error" role="alert">{error}</span>}
      </div>
    </li>
  );
}
