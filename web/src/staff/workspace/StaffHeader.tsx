import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { STAFF_PAGES, type StaffPageId } from '../nav';
import { useSession, useStaff } from '../session';
import { LanguageToggle } from './LanguageToggle';

/** Top bar on every signed-in page. `children` holds the page's own controls (duty, sound, help). */
export function StaffHeader({ page, children }: { page: StaffPageId; children?: ReactNode }) {
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
        <span className="st-header__name" title={staff.loginId}>{staff.displayName}</span>
        <LanguageToggle />
        <button type="button" className="st-btn st-btn--quiet"
          onClick={() => void signOut().then(() => navigate('/staff/login', { replace: true }))}>
          {t('header.logout')}
        </button>
      </div>
    </header>
  );
}
