import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceStatus } from '../service-status';
import { StaffHeader } from '../workspace/StaffHeader';
import { ShiftsSection } from './ShiftsSection';
import { StaffSection } from './StaffSection';
import { useStaffDirectory } from './useStaffDirectory';

/** People and the duty roster. No conversation content is read here: that is clinical work. */
export function AdminPage() {
  const { t } = useTranslation('staff');
  const directory = useStaffDirectory();
  const { status, timezone } = useServiceStatus();
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
        <ShiftsSection staff={directory.staff ?? []} timezone={timezone} />
      </main>
    </div>
  );
}
