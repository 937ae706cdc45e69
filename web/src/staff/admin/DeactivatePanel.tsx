import type { StaffView } from '@hidamari/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorText } from './form-error';
import { useAdminApi } from './useAdminApi';

/** Deactivation signs the person out and returns their chats to the queue, so it asks first; reactivation does not. */
export function DeactivatePanel({ staff, onDone }: { staff: StaffView; onDone(updated?: StaffView): void }) {
  const { t } = useTranslation('people');
  const { t: ts } = useTranslation('staff');
  const call = useAdminApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function deactivate() {
    setBusy(true);
    setError(null);
    try {
      onDone((await call<{ staff: StaffView }>('PATCH', `/api/staff/${staff.id}`, { active: false })).staff);
    } catch (err) {
      setError(formErrorText(ts, err));
      setBusy(false);
    }
  }

  return (
    <div className="st-people__panel" role="group" aria-label={t('deactivate')}>
      <p>{t('confirmDeactivate', { name: staff.displayName })}</p>
      {error && <p className="st-error" role="alert">{error}</p>}
      <div className="st-form__actions">
        <button ref={first} type="button" className="st-btn" onClick={() => onDone()} disabled={busy}>{ts('common.cancel')}</button>
        <button type="button" className="st-btn st-btn--danger" onClick={() => void deactivate()} disabled={busy}>
          {busy ? ts('common.saving') : t('deactivate')}
        </button>
      </div>
    </div>
  );
}
