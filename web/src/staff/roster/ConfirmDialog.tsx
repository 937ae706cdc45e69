import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal yes/no; Esc and Cancel say no. The confirm button has focus so Enter confirms deliberately, once. */
export function ConfirmDialog({ title, children, confirmLabel, busyLabel, busy, error, onConfirm, onCancel }: {
  title: string; children: ReactNode; confirmLabel: string; busyLabel?: string; busy: boolean; error: string | null; onConfirm(): void; onCancel(): void;
}) {
  const { t } = useTranslation('staff');
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className="st-dialog" role="alertdialog" aria-labelledby={id} onClose={onCancel} data-testid="confirm-dialog">
      <div className="st-form">
        <h2 id={id}>{title}</h2>
        <div>{children}</div>
        {error && <p className="st-error" role="alert">{error}</p>}
        <div className="st-dialog__actions">
          <button type="button" className="st-btn" onClick={onCancel}>{t('common.cancel')}</button>
          <button type="button" className="st-btn st-btn--danger" data-testid="confirm-ok" autoFocus disabled={busy} onClick={onConfirm}>
            {busy ? (busyLabel ?? t('common.deleting')) : confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
