import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { STAFF_PAGES, type StaffPageId } from '../nav';
import { useSession, useStaff } from '../session';
import { LanguageToggle } from './LanguageToggle';
import { SafeText } from '../../lib/safe-text';

/** Top bar on every signed-in page. `children` holds the page's own controls (duty, sound, help). */
/**
 * `beforeLogout`: the page may stop a logout to ask first (the workspace, while chats are held); it calls `proceed`
 * when the counselor chose to go on.
 */
export function StaffHeader({ page, children, beforeLogout }: {
  page: StaffPageId; children?: ReactNode; beforeLogout?: (proceed: () => void) => boolean;
}) {
  const { t } = useTranslation('staff');
  const staff = useStaff();
  const { signOut } = useSession();
  const navigate = useNavigate();
  return (
    <header className="st-header">
      <p className="st-brand">{t('appName')} <small>{t('appSub')}</small></p>
      <nav className="st-header__nav" aria-label={t('header.nav')}>
        {STAFF_PAGES.filter((p) => p.id !== page && p.allow(staff)).map((p) => (
          <Link key={p.id} to={p.path}>{t(p.label)}</Link>
        ))}
      </nav>
      <div className="st-header__tools">
        {children}
        <span className="st-header__name" title={staff.loginId}><SafeText text={staff.displayName} /></span>
        <LanguageToggle />
        <button type="button" className="st-btn st-btn--quiet" data-testid="logout"
          onClick={() => {
            const leave = () => void signOut().then(() => navigate('/staff/login', { replace: true }));
            if (!beforeLogout?.(leave)) leave();
          }}>
          {t('header.logout')}
        </button>
      </div>
    </header>
  );
}
