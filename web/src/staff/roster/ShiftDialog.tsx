import { MAX_SHIFT_HOURS, ROLES, type Role, type ShiftView, type StaffView } from '@hidamari/shared';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { useShiftMutations } from './roster-api';
import { rosterErrorText, serverFieldError } from './shift-errors';
import { formToInterval, type FormField, type ShiftFormValues } from './shift-form-values';

interface Props {
  initial: ShiftFormValues;
  /** The shift being edited; none when adding. */
  shift: ShiftView | null;
  staff: StaffView[];
  timezone: string;
  mutations: ReturnType<typeof useShiftMutations>;
  onClose(): void;
  onDelete(shift: ShiftView): void;
}

/** Add or edit a shift: local date and times in the service's zone; a refused field is marked on that field. */
export function ShiftDialog({ initial, shift, staff, timezone, mutations, onClose, onDelete }: Props) {
  const { t } = useTranslation(['roster', 'staff']);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [v, setV] = useState<ShiftFormValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const busy = mutations.create.isPending || mutations.update.isPending;
  const person = staff.find((s) => s.id === v.staffId);
  const roles = ROLES.filter((r) => r !== 'admin' && (!person || person.roles.includes(r)));

  useEffect(() => {
    ref.current?.showModal();
  }, []);

  const set = <K extends keyof ShiftFormValues>(k: K, value: ShiftFormValues[K]) => {
    setV((x) => ({ ...x, [k]: value }));
    setErrors((e) => ({ ...e, [k]: undefined }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setGeneral(null);
    if (!v.staffId) return setErrors({ staffId: t('fieldErrors.required') });
    const interval = formToInterval(v, timezone);
    if ('field' in interval) return setErrors({ [interval.field]: t(`fieldErrors.${interval.reason}`, { hours: MAX_SHIFT_HOURS }) });
    const body = { staffId: v.staffId, role: v.role, ...interval };
    try {
      if (shift) await mutations.update.mutateAsync({ id: shift.id, patch: body });
      else await mutations.create.mutateAsync(body);
      onClose();
    } catch (err) {
      const f = serverFieldError(err);
      if (f) setErrors({ [f.field]: t(f.key, { hours: MAX_SHIFT_HOURS }) });
      else setGeneral(rosterErrorText(t, err));
    }
  }

  const field = (name: FormField, label: string, input: (p: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode) => (
    <label className="st-field" htmlFor={`${id}-${name}`}>
      <span>{label}</span>
      {input({ id: `${id}-${name}`, 'aria-invalid': Boolean(errors[name]), 'aria-describedby': errors[name] ? `${id}-${name}-err` : undefined })}
      {errors[name] && <small className="rs-field-error" id={`${id}-${name}-err`} data-testid={`shift-error-${name}`}>{errors[name]}</small>}
    </label>
  );

  return (
    <dialog ref={ref} className="st-dialog rs-dialog" aria-labelledby={`${id}-title`} onClose={onClose} data-testid="shift-dialog">
      <form className="st-form" onSubmit={submit} aria-busy={busy} noValidate>
        <h2 id={`${id}-title`}>{shift ? t('form.editTitle') : t('form.createTitle')}</h2>
        {field('staffId', t('form.staff'), (p) => (
          <select {...p} data-testid="shift-staff" value={v.staffId} onChange={(e) => {
            const picked = staff.find((s) => s.id === e.target.value);
            set('staffId', e.target.value);
            if (picked && !picked.roles.includes(v.role)) set('role', picked.roles.includes('counselor') ? 'counselor' : 'supervisor');
          }}>
            <option value="">{t('form.pickStaff')}</option>
            {staff.map((s) => <option key={s.id} value={s.id}>{s.displayName}</option>)}
          </select>
        ))}
        <div className="rs-dialog__times">
          {field('date', t('form.date'), (p) => <input {...p} type="date" data-testid="shift-date" value={v.date} onChange={(e) => set('date', e.target.value)} />)}
          {field('start', t('form.start'), (p) => <input {...p} type="time" step={900} data-testid="shift-start" value={v.start} onChange={(e) => set('start', e.target.value)} />)}
          {field('end', t('form.end'), (p) => <input {...p} type="time" step={900} data-testid="shift-end" value={v.end} onChange={(e) => set('end', e.target.value)} />)}
        </div>
        <p className="st-muted rs-dialog__hint">{t('form.nightHint')} {t('zone', { timezone })}</p>
        {field('role', t('form.role'), (p) => (
          <select {...p} data-testid="shift-role" value={v.role} onChange={(e) => set('role', e.target.value as Role)}>
            {roles.map((r) => <option key={r} value={r}>{t(`staff:roles.${r}`)}</option>)}
          </select>
        ))}
        {general && <p className="st-error" role="alert">{general}</p>}
        <div className="st-dialog__actions">
          {shift && <button type="button" className="st-btn st-btn--danger rs-dialog__delete" onClick={() => onDelete(shift)}>{t('form.delete')}</button>}
          <button type="button" className="st-btn" onClick={onClose}>{t('staff:common.cancel')}</button>
          <button type="submit" className="st-btn st-btn--primary" data-testid="shift-submit" disabled={busy}>
            {busy ? t('staff:common.saving') : shift ? t('form.save') : t('form.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
