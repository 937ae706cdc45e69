import type { StaffView } from '@hidamari/shared';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { StaffCreateForm } from './StaffCreateForm';
import { StaffEditForm } from './StaffEditForm';
import type { useStaffDirectory } from './useStaffDirectory';

export function StaffSection({ directory }: { directory: ReturnType<typeof useStaffDirectory> }) {
  const { t } = useTranslation('staff');
  const { staff, error, reload, upsert } = directory;
  const [editing, setEditing] = useState<string | null>(null);

  let body;
  if (error) {
    body = (
      <div className="st-error" role="alert">
        {errorText(t, error)} <button type="button" className="st-btn" onClick={() => void reload()}>{t('common.retry')}</button>
      </div>
    );
  } else if (!staff) body = <p className="st-muted" role="status">{t('common.loading')}</p>;
  else if (staff.length === 0) body = <p className="st-muted">{t('staffList.empty')}</p>;
  else
    body = (
      <table className="st-table">
        <thead>
          <tr>
            <th>{t('fields.displayName')}</th><th>{t('fields.loginId')}</th><th>{t('fields.roles')}</th>
            <th>{t('fields.teams')}</th><th>{t('staffList.max')}</th><th>{t('staffList.state')}</th><th />
          </tr>
        </thead>
        <tbody>
          {staff.map((s: StaffView) => (
            <Fragment key={s.id}>
              <tr className={s.active ? undefined : 'st-row--inactive'}>
                <td>{s.displayName}</td>
                <td><code>{s.loginId}</code></td>
                <td>{s.roles.map((r) => t(`roles.${r}`)).join('・')}</td>
                <td>{s.teams.join(', ') || '—'}</td>
                <td>{s.maxConcurrent}</td>
                <td>{!s.active ? t('staffList.inactive') : s.onDuty ? t('staffList.onDuty') : t('staffList.offDuty')}</td>
                <td>
                  <button type="button" className="st-btn" aria-expanded={editing === s.id}
                    onClick={() => setEditing(editing === s.id ? null : s.id)}>{t('staffList.edit')}</button>
                </td>
              </tr>
              {editing === s.id && (
                <tr><td colSpan={7}>
                  <StaffEditForm staff={s} onCancel={() => setEditing(null)} onSaved={(saved) => { upsert(saved); setEditing(null); }} />
                </td></tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    );

  return (
    <section className="st-admin__section" aria-labelledby="st-staff-title">
      <h2 id="st-staff-title">{t('staffList.title')}</h2>
      {body}
      <StaffCreateForm onCreated={upsert} />
    </section>
  );
}
