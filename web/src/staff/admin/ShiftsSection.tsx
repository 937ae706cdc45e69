import type { ShiftView, StaffView } from '@hidamari/shared';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { formatInZone } from '../service-status';
import { ShiftCreateForm } from './ShiftCreateForm';
import { useAdminApi } from './useAdminApi';

const DAYS_AHEAD = 28;

/** Upcoming shifts (those not yet over, four weeks ahead), with create and a confirmed delete. */
export function ShiftsSection({ staff, timezone }: { staff: StaffView[]; timezone: string }) {
  const { t, i18n } = useTranslation('staff');
  const call = useAdminApi();
  const [shifts, setShifts] = useState<ShiftView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    const from = new Date().toISOString();
    const to = new Date(Date.now() + DAYS_AHEAD * 86_400_000).toISOString();
    try {
      const res = await call<{ shifts: ShiftView[] }>('GET', `/api/shifts?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
      setShifts([...res.shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt)));
    } catch (err) {
      setError(err);
    }
  }, [call]);
  useEffect(() => void load(), [load]);

  async function remove(id: string) {
    setDeleting(id);
    try {
      await call('DELETE', `/api/shifts/${id}`);
      setShifts((list) => list?.filter((s) => s.id !== id) ?? null);
      setConfirming(null);
    } catch (err) {
      setError(err);
    } finally {
      setDeleting(null);
    }
  }

  const nameOf = (s: ShiftView) => s.staffName ?? staff.find((x) => x.id === s.staffId)?.displayName ?? '—';
  const when = (iso: string) => formatInZone(iso, timezone, i18n.language, 'datetime');

  return (
    <section className="st-admin__section" aria-labelledby="st-shifts-title">
      <h2 id="st-shifts-title">{t('shifts.title')}</h2>
      <p className="st-muted">{t('shifts.intro', { days: DAYS_AHEAD, timezone })}</p>
      {error !== null && (
        <div className="st-error" role="alert">
          {errorText(t, error)} <button type="button" className="st-btn" onClick={() => void load()}>{t('common.retry')}</button>
        </div>
      )}
      {shifts === null ? (
        !error && <p className="st-muted" role="status">{t('common.loading')}</p>
      ) : shifts.length === 0 ? (
        <p className="st-muted">{t('shifts.empty')}</p>
      ) : (
        <table className="st-table">
          <thead><tr><th>{t('shifts.staff')}</th><th>{t('shifts.start')}</th><th>{t('shifts.end')}</th><th>{t('shifts.role')}</th><th /></tr></thead>
          <tbody>
            {shifts.map((s) => (
              <tr key={s.id}>
                <td>{nameOf(s)}</td>
                <td>{when(s.startsAt)}</td>
                <td>{when(s.endsAt)}</td>
                <td>{t(`roles.${s.role}`)}</td>
                <td className="st-table__actions">
                  {confirming === s.id ? (
                    <span role="group" aria-label={t('shifts.confirmDelete')}>
                      {t('shifts.confirmDelete')}{' '}
                      <button type="button" className="st-btn st-btn--danger" disabled={deleting === s.id} onClick={() => void remove(s.id)}>
                        {deleting === s.id ? t('common.deleting') : t('common.delete')}
                      </button>{' '}
                      <button type="button" className="st-btn" onClick={() => setConfirming(null)}>{t('common.cancel')}</button>
                    </span>
                  ) : (
                    <button type="button" className="st-btn" onClick={() => setConfirming(s.id)}>{t('common.delete')}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShiftCreateForm staff={staff} timezone={timezone}
        onCreated={(shift) => setShifts((list) => [...(list ?? []), shift].sort((a, b) => a.startsAt.localeCompare(b.startsAt)))} />
    </section>
  );
}
