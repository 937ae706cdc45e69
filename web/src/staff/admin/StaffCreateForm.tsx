import type { Role, StaffView } from '@hidamari/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTeams } from '../tags';
import { formErrorText } from './form-error';
import { RoleChecks } from './RoleChecks';
import { useAdminApi } from './useAdminApi';

// An empty limit leaves it to the service's default (a setting), which the server applies.
const EMPTY = { loginId: '', displayName: '', password: '', teams: '', maxConcurrent: '' };

export function StaffCreateForm({ onCreated }: { onCreated(staff: StaffView): void }) {
  const { t } = useTranslation('staff');
  const { t: tp } = useTranslation('people');
  const call = useAdminApi();
  const [form, setForm] = useState(EMPTY);
  const [roles, setRoles] = useState<Role[]>(['counselor']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (roles.length === 0) return setError(t('staffForm.needRole'));
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const res = await call<{ staff: StaffView }>('POST', '/api/staff', {
        loginId: form.loginId.trim(), displayName: form.displayName.trim(), password: form.password, roles,
        teams: parseTeams(form.teams), ...(form.maxConcurrent ? { maxConcurrent: Number(form.maxConcurrent) } : {}),
      });
      onCreated(res.staff);
      setDone(t('staffForm.created', { name: res.staff.displayName }));
      setForm(EMPTY);
      setRoles(['counselor']);
    } catch (err) {
      setError(formErrorText(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="st-form st-form--grid" onSubmit={submit} aria-busy={busy}>
      <h3>{t('staffForm.createTitle')}</h3>
      <label className="st-field"><span>{t('staffForm.loginId')}</span>
        <input required pattern="[a-zA-Z0-9._\-]{3,40}|[a-zA-Z0-9._%+\-]{1,64}@[a-zA-Z0-9\-]+(\.[a-zA-Z0-9\-]+)+" autoComplete="off" value={form.loginId} onChange={set('loginId')} />
        <small>{t('staffForm.loginIdHint')}</small></label>
      <label className="st-field"><span>{t('staffForm.displayName')}</span>
        <input required maxLength={40} value={form.displayName} onChange={set('displayName')} /></label>
      <label className="st-field"><span>{t('staffForm.password')}</span>
        <input required type="password" minLength={10} autoComplete="new-password" value={form.password} onChange={set('password')} />
        <small>{t('staffForm.passwordHint')}</small></label>
      <RoleChecks value={roles} onChange={setRoles} />
      <label className="st-field"><span>{t('staffForm.teams')}</span>
        <input value={form.teams} onChange={set('teams')} placeholder="family, youth" />
        <small>{t('staffForm.teamsHint')}</small></label>
      <label className="st-field"><span>{t('staffForm.maxConcurrent')}</span>
        <input type="number" min={1} max={10} value={form.maxConcurrent} onChange={set('maxConcurrent')} placeholder={tp('maxDefault')} />
        <small>{tp('maxDefault')}</small></label>
      {error && <p className="st-error" role="alert">{error}</p>}
      {done && <p className="st-ok" role="status">{done}</p>}
      <button type="submit" className="st-btn st-btn--primary" disabled={busy}>{busy ? t('common.saving') : t('staffForm.create')}</button>
    </form>
  );
}
