import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceStatus } from '../service-status';
import { StaffHeader } from '../workspace/StaffHeader';
import { StaffSection } from './StaffSection';
import { useStaffDirectory } from './useStaffDirectory';

/** People (the duty roster has its own page). No conversation content is read here: that is clinical work. */
export function AdminPage() {
  const { t } = useTranslation('staff');
  const directory = useStaffDirectory();
  const { status } = useServiceStatus();
  useEffect(() => {
    document.title = `${t('admin.title')} — ${t('appName')}`;
  }, [t]);

  return (
    <div className="st-shell">
      <StaffHeader page="admin" />
      <main className="st-admin">
        <h1>{t('admin.title')}</h1>
        {status && (
          <p className={`st-service st-service--${status.open ? 'open' : 'closed'}`} role="status">
            {status.open ? t('admin.serviceOpen') : t('admin.serviceClosed')}
          </p>
        )}
        <StaffSection directory={directory} />
      </main>
    </div>
  );
}
