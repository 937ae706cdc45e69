import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidRange, lastDays, type DayRange } from './report-range';

/** The period: two dates in the service's zone (both included), and quick choices of the last 7, 30 or 90 days. */
export function RangePicker({ value, timeZone, onChange }: { value: DayRange; timeZone: string; onChange: (r: DayRange) => void }) {
  const { t } = useTranslation('reports');
  const [draft, setDraft] = useState(value);
  const valid = isValidRange(draft);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) onChange(draft);
  };
  const quick = (days: number) => {
    const r = lastDays(days, timeZone);
    setDraft(r);
    onChange(r);
  };
  return (
    <form className="rp-range" onSubmit={submit}>
      <fieldset>
        <legend>{t('range.legend')}</legend>
        <label>{t('range.from')} <input type="date" value={draft.fromDay} max={draft.toDay} required onChange={(e) => setDraft({ ...draft, fromDay: e.target.value })} data-testid="range-from" /></label>
        <label>{t('range.to')} <input type="date" value={draft.toDay} min={draft.fromDay} required onChange={(e) => setDraft({ ...draft, toDay: e.target.value })} data-testid="range-to" /></label>
        <button type="submit" className="st-btn st-btn--primary" disabled={!valid}>{t('range.apply')}</button>
        <span className="rp-range__quick">
          {[7, 30, 90].map((d) => <button key={d} type="button" className="st-btn st-btn--quiet" onClick={() => quick(d)}>{t(`range.last${d}`)}</button>)}
        </span>
      </fieldset>
      {!valid && <p className="st-error" role="alert">{t('range.invalid')}</p>}
    </form>
  );
}
