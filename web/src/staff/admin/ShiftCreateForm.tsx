import { ROLES, type Role, type ShiftView, type StaffView } from '@hidamari/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { zonedLocalToIso } from '../zoned-time';
import { formErrorText } from './form-error';
import { useAdminApi } from './useAdminApi';

interface Props {
  staff: StaffView[];
  timezone: string;
  onCreated(shift: ShiftView): void;
}

/** Start and end are typed as wall-clock time in the service's zone and sent with that zone's offset. */
export function ShiftCreateForm({ staff, timezone, onCreated }: Props) {
  const { t } = useTranslation('staff');
  const call = useAdminApi();
  const active = staff.filter((s) => s.active);
  const [staffId, setStaffId] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [role, setRole] = useState<Role>('counselor');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const startsAt = zonedLocalToIso(start, timezone);
    const endsAt = zonedLocalToIso(end, timezone);
    if (!staffId || !startsAt || !endsAt) return setError(t('shifts.incomplete'));
    if (Date.parse(endsAt) <= Date.parse(startsAt)) return setError(t('shifts.endBeforeStart'));
    setBusy(true);
    setError(null);
    try {
      const res = await call<{ shift: ShiftView }>('POST', '/api/shifts', { staffId, startsAt, endsAt, role });
      onCreated(res.shift);
      setStart('');
      setEnd('');
    } catch (err) {
      setError(formErrorText(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="st-form st-form--grid" onSubmit={submit} aria-busy={busy}>
      <h3>{t('shifts.createTitle')}</h3>
      <label className="st-field"><span>{t('shifts.staff')}</span>
        <select required value={staffId} onChange={(e) => {
          setStaffId(e.target.value);
          const picked = active.find((s) => s.id === e.target.value);
          if (picked && !picked.roles.includes(role)) setRole(picked.roles[0] ?? 'counselor');
        }}>
          <option value="">{t('shifts.pickStaff')}</option>
          {active.map((s) => <option key={s.id} value={s.id}>{s.displayName}</option>)}
        </select></label>
      <label className="st-field"><span>{t('shifts.start')}</span>
        <input type="datetime-local" required value={start} onChange={(e) => setStart(e.target.value)} /></label>
      <label className="st-field"><span>{t('shifts.end')}</span>
        <input type="datetime-local" required value={end} min={start || undefined} onChange={(e) => setEnd(e.target.value)} /></label>
      <label className="st-field"><span>{t('shifts.role')}</span>
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
        </select></label>
      <p className="st-muted">{t('shifts.zoneNote', { timezone })}</p>
      {error && <p className="st-error" role="alert">{error}</p>}
      <button type="submit" className="st-btn st-btn--primary" disabled={busy || active.length === 0}>
        {busy ? t('common.saving') : t('shifts.create')}
      </button>
    </form>
  );
}
