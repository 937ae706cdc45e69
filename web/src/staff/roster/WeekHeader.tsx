import type { TZDate } from '@date-fns/tz';
import type { Coverage } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { counselorHoursByDate, COVERAGE_MARK, coverageRuns, FLAGS } from './coverage-marks';
import { DAY_MINUTES, instantAt, localDate, weekDays, pctOfWeek } from './week-grid';


/** Day columns (date, today, counselor-hours, hour ticks) and the three coverage lines under them. */
export function WeekHeader({ weekStart, today, coverage, coverageFailed }: {
  weekStart: TZDate; today: string; coverage: Coverage | undefined; coverageFailed: boolean;
}) {
  const { t, i18n } = useTranslation('roster');
  const tz = weekStart.timeZone ?? 'UTC';
  const fmt = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', { timeZone: tz, month: 'numeric', day: 'numeric', weekday: 'short' });
  const hours = coverage ? counselorHoursByDate(coverage.days) : null;
  const runs = coverage ? coverageRuns(coverage.hours, weekStart) : null;
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', { timeZone: tz, weekday: 'short', hour: 'numeric', minute: '2-digit' });
  const span = (a: number, b: number) => `${when.format(instantAt(weekStart, a))}–${when.format(instantAt(weekStart, b))}`;

  return (
    <>
      <div className="rs-row rs-row--days" role="row">
        <div className="rs-row__head" role="columnheader">{t('grid.staff')}</div>
        <div className="rs-days">
          {weekDays(weekStart).map((day) => {
            const date = localDate(day);
            const h = hours?.get(date);
            return (
              <div key={date} role="columnheader" className={`rs-day${date === today ? ' rs-day--today' : ''}`} data-testid="roster-day" data-date={date}>
                <span className="rs-day__date">{fmt.format(day)}{date === today && <span className="rs-day__today">{t('week.today')}</span>}</span>
                <span className="rs-day__hours" data-testid="roster-day-hours">{h === undefined ? '\u00a0' : t('grid.counselorHours', { hours: Math.round(h * 10) / 10 })}</span>
                <span className="rs-day__ticks" aria-hidden="true">
                  {[0, 6, 12, 18].map((hh) => <span key={hh} style={{ left: `${(hh / 24) * 100}%` }}>{hh}</span>)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
      {FLAGS.map((flag) => (
        <div key={flag} className="rs-row rs-row--cover" role="row" data-testid="roster-coverage" data-flag={flag}>
          <div className="rs-row__head" role="rowheader" title={t(`flagsLong.${flag}`)}>
            <span className={`rs-mark rs-mark--${flag}`} aria-hidden="true">{COVERAGE_MARK[flag]}</span> {t(`flags.${flag}`)}
          </div>
          <div className="rs-track rs-track--cover" role="gridcell">
            {coverageFailed && flag === FLAGS[0] && <span className="rs-cover-error">{t('grid.coverageError')}</span>}
            {Array.from({ length: 6 }, (_, i) => <span key={i} className="rs-dayline" style={{ left: pctOfWeek((i + 1) * DAY_MINUTES) }} />)}
            {runs?.[flag].map((r) => (
              <span key={r.start} className={`rs-gap rs-gap--${flag}`} data-testid="roster-gap" style={{ left: pctOfWeek(r.start), width: pctOfWeek(r.end - r.start) }}
                title={t(`flagsLong.${flag}`)}>
                <span aria-hidden="true">{COVERAGE_MARK[flag]}</span><span className="visually-hidden">{span(r.start, r.end)}</span>
              </span>
            ))}
          </div>
        </div>
      ))}
    </>
  );
}
