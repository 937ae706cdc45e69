import type { Role, StaffView } from '@hidamari/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaff } from '../session';
import { parseTeams } from '../tags';
import { formErrorText } from './form-error';
import { RoleChecks } from './RoleChecks';
import { useAdminApi } from './useAdminApi';

/** PATCH /api/staff/:id with only what changed. Passwords are reset from the row's own action, never typed here. */
export function StaffEditForm({ staff, onSaved, onCancel }: { staff: StaffView; onSaved(s: StaffView): void; onCancel(): void }) {
  const { t } = useTranslation('staff');
  const me = useStaff();
  const call = useAdminApi();
  const [displayName, setDisplayName] = useState(staff.displayName);
  const [roles, setRoles] = useState<Role[]>(staff.roles);
  const [teams, setTeams] = useState(staff.teams.join(', '));
  const [maxConcurrent, setMax] = useState(String(staff.maxConcurrent));
  const [active, setActive] = useState(staff.active);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (roles.length === 0) return setError(t('staffForm.needRole'));
    // Locking oneself out of the admin page is easy to do and hard to undo.
    if (staff.id === me.id && (!active || !roles.includes('admin'))) return setError(t('staffForm.selfLockout'));
    const patch: Record<string, unknown> = {};
    if (displayName.trim() !== staff.displayName) patch.displayName = displayName.trim();
    if ([...roles].sort().join() !== [...staff.roles].sort().join()) patch.roles = roles;
    const teamList = parseTeams(teams);
    if (teamList.join() !== staff.teams.join()) patch.teams = teamList;
    if (Number(maxConcurrent) !== staff.maxConcurrent) patch.maxConcurrent = Number(maxConcurrent);
    if (active !== staff.active) patch.active = active;
    if (Object.keys(patch).length === 0) return onCancel();
    setBusy(true);
    setError(null);
    try {
      const res = await call<{ staff: StaffView }>('PATCH', `/api/staff/${staff.id}`, patch);
      onSaved(res.staff);
    } catch (err) {
      setError(formErrorText(t, err));
      setBusy(false);
    }
  }

  return (
    <form className="st-form st-form--grid st-edit" onSubmit={submit} aria-busy={busy} aria-label={t('staffForm.editTitle', { name: staff.displayName })}>
      <label className="st-field"><span>{t('staffForm.displayName')}</span>
        <input required maxLength={40} value={displayName} onChange={(e) => setDisplayName(e.target.value)} /></label>
      <RoleChecks value={roles} onChange={setRoles} />
      <label className="st-field"><span>{t('staffForm.teams')}</span>
        <input value={teams} onChange={(e) => setTeams(e.target.value)} /><small>{t('staffForm.teamsHint')}</small></label>
      <label className="st-field"><span>{t('staffForm.maxConcurrent')}</span>
        <input type="number" min={1} max={10} required value={maxConcurrent} onChange={(e) => setMax(e.target.value)} /></label>
      <label className="st-check"><input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
        {t('staffForm.active')}</label>
      {error && <p className="st-error" role="alert">{error}</p>}
      <div className="st-form__actions">
        <button type="button" className="st-btn" onClick={onCancel} disabled={busy}>{t('common.cancel')}</button>
        <button type="submit" className="st-btn st-btn--primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
      </div>
    </form>
  );
}
