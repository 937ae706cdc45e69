import type { StaffView } from '@hidamari/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../lib/api';
import { errorCode, errorText } from '../error-text';
import { useSession } from '../session';
import { AuthFrame } from './AuthFrame';

/** First-admin set-up through the one-time link the server logs when no admin exists. */
export function SetupPage() {
  const { t } = useTranslation('staff');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [needed, setNeeded] = useState<boolean | null>(null);
  const [form, setForm] = useState({ loginId: '', displayName: '', password: '', confirm: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<{ needed: boolean }>('GET', '/api/setup')
      .then((r) => setNeeded(r.needed))
      .catch((err) => setError(errorText(t, err)));
  }, [t]);

  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (form.password !== form.confirm) return setError(t('setup.mismatch'));
    setBusy(true);
    setError(null);
    try {
      const { confirm: _confirm, ...body } = form;
      const res = await api<{ staff: StaffView }>('POST', '/api/setup', { ...body, token });
      signIn(res.staff);
      navigate('/staff/admin', { replace: true });
    } catch (err) {
      const code = errorCode(err);
      setBusy(false);
      if (code === 'CONFLICT') return setNeeded(false);
      setError(code === 'FORBIDDEN' || code === 'NOT_FOUND' ? t('setup.badToken') : errorText(t, err));
    }
  }

  let content;
  if (needed === null && !error) content = <p role="status">{t('common.loading')}</p>;
  else if (needed === false) content = <p>{t('setup.notNeeded')} <Link to="/staff/login">{t('setup.goLogin')}</Link></p>;
  else if (!token) content = <p className="st-error">{t('setup.missingToken')}</p>;
  else
    content = (
      <form className="st-form" onSubmit={submit} aria-busy={busy}>
        <p>{t('setup.intro')}</p>
        <label className="st-field"><span>{t('staffForm.loginId')}</span>
          <input required autoComplete="username" pattern="[a-zA-Z0-9._\-]{3,40}|[a-zA-Z0-9._%+\-]{1,64}@[a-zA-Z0-9\-]+(\.[a-zA-Z0-9\-]+)+" value={form.loginId} onChange={set('loginId')} />
          <small>{t('staffForm.loginIdHint')}</small></label>
        <label className="st-field"><span>{t('staffForm.displayName')}</span>
          <input required maxLength={40} value={form.displayName} onChange={set('displayName')} /></label>
        <label className="st-field"><span>{t('staffForm.password')}</span>
          <input required type="password" minLength={10} autoComplete="new-password" value={form.password} onChange={set('password')} />
          <small>{t('staffForm.passwordHint')}</small></label>
        <label className="st-field"><span>{t('setup.confirm')}</span>
          <input required type="password" minLength={10} autoComplete="new-password" value={form.confirm} onChange={set('confirm')} /></label>
        {error && <p className="st-error" role="alert">{error}</p>}
        <button className="st-btn st-btn--primary" type="submit" disabled={busy}>{busy ? t('common.saving') : t('setup.submit')}</button>
      </form>
    );
  return (
    <AuthFrame title={t('setup.title')}>
      {content}
      {needed === null && error && <p className="st-error" role="alert">{error}</p>}
    </AuthFrame>
  );
}
