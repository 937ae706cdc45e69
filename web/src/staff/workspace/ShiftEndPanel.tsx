import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import type { ChatState } from '../workspace.reducer';
import type { WorkspaceApi } from './useStaffWorkspace';

interface Props {
  /** The chats the counselor still holds. */
  chats: ChatState[];
  onDuty: boolean;
  api: Pick<WorkspaceApi, 'handover' | 'activate' | 'setDuty' | 'putShiftEndAside'>;
}

/**
 * After the shift's end: each open chat with an optional note and a "hand over" button; once none is left, going off
 * duty. A region above the chats, not a modal: the counselor can still write a last word to the visitor first.
 */
export function ShiftEndPanel({ chats, onDuty, api }: Props) {
  const { t } = useTranslation('staff');
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} className="st-shift-end" tabIndex={-1} aria-labelledby="st-shift-end-title" data-testid="shift-ended">
      <h2 id="st-shift-end-title">{t('shiftEnd.endedTitle')}</h2>
      {chats.length > 0 ? (
        <>
          <p>{t('shiftEnd.ended')}</p>
          <ul className="st-shift-end__list" aria-label={t('shiftEnd.chatsLabel')}>
            {chats.map((c) => <HandoverRow key={c.consultation.id} chat={c} api={api} />)}
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

function HandoverRow({ chat, api }: { chat: ChatState; api: Props['api'] }) {
  const { t } = useTranslation('staff');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const c = chat.consultation;
  const noteId = `st-handover-note-${c.id}`;

  async function handover() {
    setBusy(true);
    setError(null);
    const ack = await api.handover(c.id, note);
    setBusy(false);
    if (!ack.ok) setError(errorText(t, ack.error));
  }

  return (
    <li className="st-shift-end__item">
      <div className="st-shift-end__who">
        <strong>{c.nickname ?? t('chat.anonymous')}</strong>
        <span className="st-muted"> {t(`audience.${c.audience}`)} · {t(`topic.${c.topic}`)}</span>
        <button type="button" className="st-btn st-btn--link" onClick={() => api.activate(c.id)}>{t('shiftEnd.open')}</button>
      </div>
      <label className="st-field" htmlFor={noteId}>
        <span>{t('shiftEnd.note')}</span>
      </label>
      <textarea id={noteId} rows={2} maxLength={1000} value={note} placeholder={t('shiftEnd.notePlaceholder')}
        onChange={(e) => setNote(e.target.value)} disabled={busy} />
      <div className="st-shift-end__row-actions">
        <button type="button" className="st-btn st-btn--primary" data-testid="handover" disabled={busy} onClick={() => void handover()}>
          {busy ? t('shiftEnd.handingOver') : t('shiftEnd.handover')}
        </button>
        {error && <span className="st-error" role="alert">{error}</span>}
      </div>
    </li>
  );
}
