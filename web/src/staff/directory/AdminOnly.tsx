import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffPageId } from '../nav';
import { homePath, isAdmin, useStaff } from '../session';
import { StaffHeader } from '../workspace/StaffHeader';

/**
 * An admin page that says so to anyone else who opens its address (a bookmark, a shared link) instead of silently
 * sending them elsewhere. The server refuses them anyway; this only explains.
 */
export function AdminOnly({ page, children }: { page: StaffPageId; children: ReactNode }) {
  const { t } = useTranslation('directory');
  const staff = useStaff();
  if (isAdmin(staff)) return <>{children}</>;
  return (
    <div className="st-shell">
      <StaffHeader page={page} />
      <main className="dir-page">
        <div role="alert" className="st-notice st-notice--warn dir-refused" data-testid="not-allowed">
          <h1>{t('notAllowed.title')}</h1>
          <p>{t('notAllowed.body')}</p>
          <Link to={homePath(staff)}>{t('notAllowed.back')}</Link>
        </div>
      </main>
    </div>
  );
}
