import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffHeader } from '../workspace/StaffHeader';
import { useSettings } from './settings-api';
import { SettingsForm } from './SettingsForm';
import './settings.css';

/** Admin: the service's texts, hotlines and defaults. */
export function SettingsPage() {
  const { t } = useTranslation(['settings', 'staff']);
  const settings = useSettings();
  useEffect(() => {
    document.title = `${t('settings:title')} — ${t('staff:appName')}`;
  }, [t]);

  return (
    <div className="st-shell">
      <StaffHeader page="settings" />
      <main className="se-page">
        <h1>{t('settings:title')}</h1>
        <p className="se-lead">{t('settings:lead')}</p>
        {settings.isPending ? (
          <p role="status" className="st-muted">{t('settings:loading')}</p>
        ) : settings.isError ? (
          <div role="alert" className="st-notice st-notice--warn">
            <p>{t('settings:loadFailed')}</p>
            <button type="button" className="st-btn" onClick={() => void settings.refetch()}>{t('settings:retry')}</button>
          </div>
        ) : (
          <SettingsForm initial={settings.data} />
        )}
      </main>
    </div>
  );
}
