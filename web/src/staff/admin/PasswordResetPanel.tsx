import type { StaffView } from '@hidamari/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { useAdminApi } from './useAdminApi';

/**
 * Confirm, then issue a temporary password and show it once with a copy button. It lives only in this component's
 * state: closing the panel forgets it, and the server keeps only its hash.
 */
export function PasswordResetPanel({ staff, onIssued, onDone }: {
  staff: StaffView;
  /** The row shows "must change password" at once, while the password is still on screen. */
  onIssued(updated: StaffView): void;
  onDone(): void;
}) {
  const { t } = useTranslation('people');
  const { t: ts } = useTranslation('staff');
  const call = useAdminApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const first = useRef<HTMLButtonElement>(null);
  const shown = useRef<HTMLOutputElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (temporary) shown.current?.focus();
  }, [temporary]);

  async function reset() {
    setBusy(true);
    setError(null);
    try {
      const res = await call<{ temporaryPassword: string }>('POST', `/api/staff/${staff.id}/password-reset`);
      setTemporary(res.temporaryPassword);
      onIssued({ ...staff, mustChangePassword: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function copyIt() {
    try {
      await navigator.clipboard.writeText(temporary ?? '');
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  if (temporary) {
    return (
      <div className="st-people__panel" role="group" aria-labelledby={`st-temp-${staff.id}`}>
        <h3 id={`st-temp-${staff.id}`}>{t('temporaryTitle', { name: staff.displayName })}</h3>
        <p className="st-people__temp">
          <output ref={shown} tabIndex={-1} data-testid="temporary-password" className="st-people__secret">{temporary}</output>
          <button type="button" className="st-btn" onClick={() => void copyIt()}>{copy === 'copied' ? t('copied') : t('copy')}</button>
        </p>
        {copy === 'failed' && <p className="st-error" role="alert">{t('copyFailed')}</p>}
        <p className="st-notice">{t('temporaryNote')}</p>
        <button type="button" className="st-btn st-btn--primary" onClick={() => onDone()}>{t('done')}</button>
      </div>
    );
  }
  return (
    <div className="st-people__panel" role="group" aria-label={t('reset')}>
      <p>{t('confirmReset', { name: staff.displayName })}</p>
      {error !== null && <p className="st-error" role="alert">{errorText(ts, error)}</p>}
      <div className="st-form__actions">
        <button ref={first} type="button" className="st-btn" onClick={() => onDone()} disabled={busy}>{ts('common.cancel')}</button>
        <button type="button" className="st-btn st-btn--danger" data-testid="reset-confirm" onClick={() => void reset()} disabled={busy}>
          {busy ? t('resetting') : t('resetConfirm')}
        </button>
      </div>
    </div>
  );
}
