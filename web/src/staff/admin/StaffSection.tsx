import type { StaffView } from '@hidamari/shared';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { useStaff } from '../session';
import { DeactivatePanel } from './DeactivatePanel';
import { PasswordResetPanel } from './PasswordResetPanel';
import { StaffCreateForm } from './StaffCreateForm';
import { StaffEditForm } from './StaffEditForm';
import { formErrorText } from './form-error';
import { useAdminApi } from './useAdminApi';
import type { useStaffDirectory } from './useStaffDirectory';
import './people.css';

type Open = { id: string; panel: 'edit' | 'reset' | 'deactivate' } | null;

export function StaffSection({ directory }: { directory: ReturnType<typeof useStaffDirectory> }) {
  const { t } = useTranslation('staff');
  const { t: tp } = useTranslation('people');
  const me = useStaff();
  const call = useAdminApi();
  const { staff, error, reload, upsert } = directory;
  const [open, setOpen] = useState<Open>(null);
  const [rowError, setRowError] = useState<{ id: string; text: string } | null>(null);
  const toggle = (id: string, panel: NonNullable<Open>['panel']) => setOpen(open?.id === id && open.panel === panel ? null : { id, panel });
  const done = (updated?: StaffView) => {
    if (updated) upsert(updated);
    setOpen(null);
  };

  async function reactivate(s: StaffView) {
    setRowError(null);
    try {
      upsert((await call<{ staff: StaffView }>('PATCH', `/api/staff/${s.id}`, { active: true })).staff);
    } catch (err) {
      setRowError({ id: s.id, text: formErrorText(t, err) });
    }
  }

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
            <th>{t('fields.teams')}</th><th>{t('staffList.max')}</th><th>{t('staffList.state')}</th><th>{tp('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((s: StaffView) => {
            const self = s.id === me.id;
            const panel = open?.id === s.id ? open.panel : null;
            return (
              <Fragment key={s.id}>
                <tr className={s.active ? undefined : 'st-row--inactive'} data-testid={`staff-row-${s.loginId}`}>
                  <td>{s.displayName}</td>
                  <td><code>{s.loginId}</code></td>
                  <td>{s.roles.map((r) => t(`roles.${r}`)).join('・')}</td>
                  <td>{s.teams.join(', ') || '—'}</td>
                  <td>{s.maxConcurrent}</td>
                  <td>
                    {!s.active ? t('staffList.inactive') : s.onDuty ? t('staffList.onDuty') : t('staffList.offDuty')}
                    {s.mustChangePassword && <span className="st-people__badge">{tp('mustChange')}</span>}
                  </td>
                  <td><div className="st-people__actions">
                    <button type="button" className="st-btn" aria-expanded={panel === 'edit'} onClick={() => toggle(s.id, 'edit')}>
                      {t('staffList.edit')}</button>
                    {!self && (
                      <button type="button" className="st-btn" aria-expanded={panel === 'reset'} data-testid="reset-password"
                        onClick={() => toggle(s.id, 'reset')}>{tp('reset')}</button>
                    )}
                    {!self && (s.active ? (
                      <button type="button" className="st-btn" aria-expanded={panel === 'deactivate'} onClick={() => toggle(s.id, 'deactivate')}>
                        {tp('deactivate')}</button>
                    ) : (
                      <button type="button" className="st-btn" onClick={() => void reactivate(s)}>{tp('reactivate')}</button>
                    ))}
                  </div></td>
                </tr>
                {rowError?.id === s.id && <tr><td colSpan={7}><p className="st-error" role="alert">{rowError.text}</p></td></tr>}
                {panel && (
                  <tr><td colSpan={7}>
                    {panel === 'edit' && <StaffEditForm staff={s} onCancel={() => setOpen(null)} onSaved={done} />}
                    {panel === 'reset' && <PasswordResetPanel staff={s} onIssued={upsert} onDone={done} />}
                    {panel === 'deactivate' && <DeactivatePanel staff={s} onDone={done} />}
                  </td></tr>
                )}
              </Fragment>
            );
          })}
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
