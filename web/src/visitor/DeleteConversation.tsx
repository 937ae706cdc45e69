import type { Ack } from '@hidamari/shared';
import { useContext, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SurveyTransportContext } from './survey/survey-transport';
import { useFocusOnMount } from './use-focus-on-mount';
import './DeleteConversation.css';

/** On the closed view: delete this conversation at once (`consultation:delete`), after a confirmation dialog. */
export function DeleteConversation({ onDone, onDeleted }: { onDone?(): void; onDeleted?(): void }) {
  const { t } = useTranslation('visitor');
  const transport = useContext(SurveyTransportContext);
  const dialog = useRef<HTMLDialogElement>(null);
  const [phase, setPhase] = useState<'idle' | 'deleting' | 'failed' | 'deleted'>('idle');
  const id = useId();

  if (!transport) return null;
  if (phase === 'deleted') return <Deleted onDone={onDone} />;

  async function confirm() {
    if (!transport) return;
    setPhase('deleting');
    // The visitor's own connection (VisitorApp provides it): once the chat has closed, its token lives in that socket only.
    const res = await transport.survey('consultation:delete', {}).catch((): Ack => ({ ok: false, error: { code: 'INTERNAL', message: 'no answer' } }));
    if (res.ok) {
      onDeleted?.();
      dialog.current?.close();
      setPhase('deleted');
    } else {
      setPhase('failed');
    }
  }

  const busy = phase === 'deleting';
  return (
    <div className="hv-delete" data-testid="delete-conversation">
      <p className="hv-hint">{t('deleteChat.lead')}</p>
      <button type="button" className="hv-button hv-button--quiet" data-testid="delete-open" onClick={() => dialog.current?.showModal()}>
        {t('deleteChat.button')}
      </button>
      {/* A native modal: Esc closes it (the quick-exit leaves it alone while a dialog is open), focus is trapped. */}
      <dialog
        ref={dialog} className="hv-dialog" data-testid="delete-dialog" aria-labelledby={`${id}-t`} aria-describedby={`${id}-b`}
        onClose={() => setPhase((p) => (p === 'failed' ? 'idle' : p))}
      >
        <h2 id={`${id}-t`}>{t('deleteChat.title')}</h2>
        <p id={`${id}-b`}>{t('deleteChat.body')}</p>
        {phase === 'failed' && <p className="hv-error" role="alert">{t('deleteChat.failed')}</p>}
        <div className="hv-actions">
          {/* First in order, so the safe choice gets the initial focus. */}
          <button type="button" className="hv-button" data-testid="delete-cancel" onClick={() => dialog.current?.close()}>{t('deleteChat.cancel')}</button>
          <button type="button" className="hv-button hv-button--danger" data-testid="delete-confirm" onClick={confirm} disabled={busy} aria-busy={busy}>
            {busy ? t('deleteChat.deleting') : t('deleteChat.confirm')}
          </button>
        </div>
      </dialog>
    </div>
  );
}

/** Covers the page: the transcript that was on screen is gone from it too. */
function Deleted({ onDone }: { onDone?(): void }) {
  const { t } = useTranslation('visitor');
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="hv-deleted" role="status" data-testid="conversation-deleted">
      <div className="hv-card hv-deleted__card">
        <h2 ref={ref} tabIndex={-1}>{t('deleteChat.doneTitle')}</h2>
        <p>{t('deleteChat.doneBody')}</p>
        {onDone && (
          <button type="button" className="hv-button hv-button--primary" data-testid="deleted-back" onClick={onDone}>{t('deleteChat.doneBack')}</button>
        )}
      </div>
    </div>
  );
}
