import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { homePath, useSession, useStaff } from '../session';
import { StaffHeader } from '../workspace/StaffHeader';
import { AuthFrame } from './AuthFrame';
import { PasswordForm } from './PasswordForm';

/**
 * One's own password. Someone signed in with a temporary password lands here and nowhere else until they set
 * their own (the server refuses everything else meanwhile); anyone else reaches it from the header.
 */
export function PasswordPage() {
  const { t } = useTranslation('account');
  const staff = useStaff();
  const { signIn, signOut } = useSession();
  const navigate = useNavigate();
  const [done, setDone] = useState(false);
  const [forced] = useState(staff.mustChangePassword);
  useEffect(() => {
    document.title = `${t('title')} — ${t('staff:appName')}`;
  }, [t]);

  function changed() {
    const next = { ...staff, mustChangePassword: false };
    signIn(next);
    if (forced) navigate(homePath(next), { replace: true });
    else setDone(true);
  }

  if (forced) {
    return (
      <AuthFrame title={t('title')}>
        <p className="st-notice">{t('forcedIntro')}</p>
        <PasswordForm forced onChanged={changed} />
        <button type="button" className="st-btn st-btn--quiet st-auth__aside"
          onClick={() => void signOut().then(() => navigate('/staff/login', { replace: true }))}>{t('logout')}</button>
      </AuthFrame>
    );
  }
  return (
    <div className="st-shell">
      <StaffHeader page="password" />
      <main className="st-admin st-account">
        <h1>{t('title')}</h1>
        <p className="st-muted">{t('intro')}</p>
        {done && <p className="st-ok" role="status">{t('done')}</p>}
        <PasswordForm forced={false} onChanged={changed} />
      </main>
    </div>
  );
}
