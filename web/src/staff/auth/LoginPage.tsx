import type { StaffView } from '@hidamari/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { api } from '../../lib/api';
import { errorText } from '../error-text';
import { homePath, useSession } from '../session';
import { AuthFrame } from './AuthFrame';

export function LoginPage() {
  const { t } = useTranslation('staff');
  const { staff, signIn } = useSession();
  const [loginId, setLoginId] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [setupNeeded, setSetupNeeded] = useState(false);

  useEffect(() => {
    api<{ needed: boolean }>('GET', '/api/setup')
      .then((r) => setSetupNeeded(r.needed))
      .catch(() => undefined);
  }, []);

  if (staff) return <Navigate to={homePath(staff)} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await api<{ staff: StaffView }>('POST', '/api/auth/login', { loginId: loginId.trim(), password });
      signIn(res.staff);
    } catch (err) {
      setError(errorText(t, err));
      setBusy(false);
    }
  }

  return (
    <AuthFrame title={t('login.title')}>
      {setupNeeded && <p className="st-notice">{t('login.setupNeeded')}</p>}
      <form className="st-form" onSubmit={submit} aria-busy={busy}>
        <label className="st-field">
          <span>{t('login.loginId')}</span>
          <input data-testid="login-id" autoComplete="username" required autoFocus value={loginId}
            onChange={(e) => setLoginId(e.target.value)} />
        </label>
        <label className="st-field">
          <span>{t('login.password')}</span>
          <input data-testid="login-password" type="password" autoComplete="current-password" required value={password}
            onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && <p className="st-error" role="alert">{error}</p>}
        <button data-testid="login-submit" className="st-btn st-btn--primary" type="submit" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </AuthFrame>
  );
}
