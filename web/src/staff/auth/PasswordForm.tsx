import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { errorCode, errorText } from '../error-text';
import './account.css';

type Field = 'currentPassword' | 'newPassword' | 'confirm';

/** POST /api/me/password; the error lands on the field the server names. */
export function PasswordForm({ forced, onChanged }: { forced: boolean; onChanged(): void }) {
  const { t } = useTranslation('account');
  const { t: ts } = useTranslation('staff');
  const [form, setForm] = useState({ currentPassword: '', newPassword: '', confirm: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field?: Field; text: string } | null>(null);
  const set = (k: Field) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (form.newPassword !== form.confirm) return setError({ field: 'confirm', text: t('mismatch') });
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/api/me/password', { currentPassword: form.currentPassword, newPassword: form.newPassword });
      setForm({ currentPassword: '', newPassword: '', confirm: '' });
      onChanged();
    } catch (err) {
      const code = errorCode(err);
      if (code === 'INVALID_CREDENTIALS') setError({ field: 'currentPassword', text: t('wrongCurrent') });
      else if (code === 'INVALID_PAYLOAD' && form.newPassword === form.currentPassword) setError({ field: 'newPassword', text: t('sameAsCurrent') });
      else if (code === 'INVALID_PAYLOAD') setError({ field: 'newPassword', text: t('nextHint') });
      else setError({ text: errorText(ts, err) });
    } finally {
      setBusy(false);
    }
  }

  const field = (name: Field, label: string, opts: { hint?: string; autoComplete: string; autoFocus?: boolean; minLength?: number }) => {
    const wrong = error?.field === name;
    return (
      <label className="st-field">
        <span>{label}</span>
        <input type="password" required data-testid={`password-${name}`} autoComplete={opts.autoComplete} autoFocus={opts.autoFocus}
          minLength={opts.minLength} value={form[name]} onChange={set(name)} aria-invalid={wrong || undefined}
          aria-describedby={wrong ? 'st-password-error' : undefined} />
        {opts.hint && <small>{opts.hint}</small>}
        {wrong && <small id="st-password-error" className="st-account__error" role="alert">{error.text}</small>}
      </label>
    );
  };

  return (
    <form className="st-form" onSubmit={submit} aria-busy={busy}>
      {field('currentPassword', forced ? t('currentForced') : t('current'), { autoComplete: 'current-password', autoFocus: true })}
      {field('newPassword', t('next'), { hint: t('nextHint'), autoComplete: 'new-password', minLength: 10 })}
      {field('confirm', t('confirm'), { autoComplete: 'new-password', minLength: 10 })}
      {error && !error.field && <p className="st-error" role="alert">{error.text}</p>}
      <button data-testid="password-submit" className="st-btn st-btn--primary" type="submit" disabled={busy}>
        {busy ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
