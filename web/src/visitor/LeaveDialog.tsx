import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from './visitor-text';
import type { ActionResult } from './visitor-store';

/** "End the conversation" with a native modal dialog: focus is trapped and returned by the browser. */
export function LeaveDialog({ onLeave }: { onLeave(): Promise<ActionResult> }) {
  const { t } = useTranslation('visitor');
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function confirm() {
    setBusy(true);
    setError(null);
    const res = await onLeave();
    setBusy(false);
    if (res.ok) dialog.current?.close();
    else setError(errorKey('leave', res.code));
  }

  return (
    <>
      <button type="button" className="hv-button hv-button--quiet hv-button--small" data-testid="leave-button" onClick={() => dialog.current?.showModal()}>
        {t('leave.button')}
      </button>
      <dialog ref={dialog} className="hv-dialog" aria-labelledby={`${id}-t`} aria-describedby={`${id}-b`} onClose={() => setError(null)}>
        <h2 id={`${id}-t`}>{t('leave.title')}</h2>
        <p id={`${id}-b`}>{t('leave.body')}</p>
        {error && <p className="hv-error" role="alert">{t(error)}</p>}
        <div className="hv-actions">
          {/* First in order, so the safe choice gets the initial focus. */}
          <button type="button" className="hv-button" onClick={() => dialog.current?.close()}>{t('leave.cancel')}</button>
          <button type="button" className="hv-button hv-button--danger" data-testid="leave-confirm" onClick={confirm} disabled={busy} aria-busy={busy}>
            {busy ? t('leave.leaving') : t('leave.confirm')}
          </button>
        </div>
      </dialog>
    </>
  );
}
