import type { TZDate } from '@date-fns/tz';
import type { ShiftBulk, ShiftView, StaffView } from '@hidamari/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { useShiftMutations } from './roster-api';
import { rosterErrorText } from './shift-errors';
import { formToInterval, intervalToForm, nextDate } from './shift-form-values';
import { localDate } from './week-grid';

type Op = ShiftBulk['op'];
interface Props {
  weekStart: TZDate;
  shifts: ShiftView[];
  staff: StaffView[];
  preselect: string | null;
  bulk: ReturnType<typeof useShiftMutations>['bulk'];
  onDone(result: { created: number; deleted: number }): void;
  onClose(): void;
}

/** Copy the week, repeat a shift weekly, or delete a range: choose, review a plain sentence, then run (all or nothing). */
export function BulkDialog({ weekStart, shifts, staff, preselect, bulk, onDone, onClose }: Props) {
  const { t, i18n } = useTranslation(['roster', 'staff']);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const tz = weekStart.timeZone ?? 'UTC';
  const week = localDate(weekStart);
  const [op, setOp] = useState<Op>(preselect ? 'repeatWeekly' : 'copyWeek');
  const [weeks, setWeeks] = useState(1);
  const [shiftId, setShiftId] = useState(preselect ?? '');
  const [until, setUntil] = useState(nextDate(week, 28, tz));
  const [from, setFrom] = useState(week);
  const [to, setTo] = useState(nextDate(week, 6, tz));
  const [who, setWho] = useState('');
  const [review, setReview] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);

  const name = (staffId: string) => staff.find((s) => s.id === staffId)?.displayName ?? '—';
  const describe = (s: ShiftView) => {
    const f = intervalToForm(s.startsAt, s.endsAt, tz);
    const day = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', { timeZone: tz, weekday: 'short', month: 'numeric', day: 'numeric' });
    return `${name(s.staffId)} ${day.format(new Date(s.startsAt))} ${f.start}–${f.end}`;
  };
  const startOf = (date: string) => (formToInterval({ date, start: '00:00', end: '01:00' }, tz) as { startsAt: string }).startsAt;

  function body(): ShiftBulk | null {
    if (op === 'copyWeek') return { op, weekStart: week, weeks };
    if (op === 'repeatWeekly') return shiftId && until ? { op, shiftId, until } : null;
    if (!from || !to || to < from) return null;
    return { op, from: startOf(from), to: startOf(nextDate(to, 1, tz)), ...(who ? { staffId: who } : {}) };
  }
  const sentence = () => {
    if (op === 'copyWeek') return t('bulkForm.confirmCopy', { week, weeks, count: shifts.filter((s) => Date.parse(s.startsAt) >= weekStart.getTime()).length });
    if (op === 'repeatWeekly') return t('bulkForm.confirmRepeat', { shift: describe(shifts.find((s) => s.id === shiftId)!), until });
    return t('bulkForm.confirmDelete', { from, to, who: who ? name(who) : t('bulkForm.everyone') });
  };

  async function run(e: FormEvent) {
    e.preventDefault();
    const b = body();
    if (!b) return;
    if (!review) return setReview(true);
    setError(null);
    try {
      const res = await bulk.mutateAsync(b);
      onDone({ created: res.created.length, deleted: res.deleted });
      onClose();
    } catch (err) {
      setError(rosterErrorText(t, err));
    }
  }

  return (
    <dialog ref={ref} className="st-dialog rs-dialog" aria-labelledby={id} onClose={onClose} data-testid="bulk-dialog">
      <form className="st-form" onSubmit={run} aria-busy={bulk.isPending}>
        <h2 id={id}>{t('bulkForm.title')}</h2>
        <fieldset className="st-checks rs-ops" disabled={review}>
          <legend>{t('bulkForm.ops')}</legend>
          {(['copyWeek', 'repeatWeekly', 'deleteRange'] as const).map((o) => (
            <label key={o} className="st-check">
              <input type="radio" name={`${id}-op`} value={o} checked={op === o} data-testid={`bulk-op-${o}`} onChange={() => setOp(o)} /> {t(`bulkForm.${o}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="rs-bulk-fields" disabled={review}>
          {op === 'copyWeek' && (
            <label className="st-field"><span>{t('bulkForm.weeks')}</span>
              <input type="number" min={1} max={12} value={weeks} data-testid="bulk-weeks" onChange={(e) => setWeeks(Math.max(1, Math.min(12, Number(e.target.value) || 1)))} /></label>
          )}
          {op === 'repeatWeekly' && (
            <>
              <label className="st-field"><span>{t('bulkForm.shift')}</span>
                <select value={shiftId} required onChange={(e) => setShiftId(e.target.value)} data-testid="bulk-shift">
                  <option value="">{t('bulkForm.pickShift')}</option>
                  {shifts.map((s) => <option key={s.id} value={s.id}>{describe(s)}</option>)}
                </select></label>
              <label className="st-field"><span>{t('bulkForm.until')}</span>
                <input type="date" required value={until} min={week} onChange={(e) => setUntil(e.target.value)} data-testid="bulk-until" /></label>
            </>
          )}
          {op === 'deleteRange' && (
            <>
              <label className="st-field"><span>{t('bulkForm.from')}</span><input type="date" required value={from} onChange={(e) => setFrom(e.target.value)} /></label>
              <label className="st-field"><span>{t('bulkForm.to')}</span><input type="date" required value={to} min={from} onChange={(e) => setTo(e.target.value)} /></label>
              <label className="st-field"><span>{t('bulkForm.staff')}</span>
                <select value={who} onChange={(e) => setWho(e.target.value)}>
                  <option value="">{t('bulkForm.everyone')}</option>
                  {staff.map((s) => <option key={s.id} value={s.id}>{s.displayName}</option>)}
                </select></label>
            </>
          )}
        </fieldset>
        {review && (
          <div className="st-notice st-notice--warn" role="status" data-testid="bulk-review">
            <p>{sentence()}</p>
            <p>{t('bulkForm.allOrNothing')}</p>
          </div>
        )}
        {error && <p className="st-error" role="alert">{error}</p>}
        <div className="st-dialog__actions">
          {review && <button type="button" className="st-btn" onClick={() => setReview(false)}>{t('bulkForm.back')}</button>}
          <button type="button" className="st-btn" onClick={onClose}>{t('staff:common.cancel')}</button>
          <button type="submit" className={`st-btn ${review ? 'st-btn--danger' : 'st-btn--primary'}`} disabled={bulk.isPending || !body()} data-testid="bulk-submit">
            {bulk.isPending ? t('bulkForm.running') : review ? t('bulkForm.run') : t('bulkForm.review')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
