import type { ReportTable } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * Demand against the roster as a real table (weekday rows × 24 hour columns): the shade says average arrivals, and the
 * marks are symbols with text for screen readers, never colour alone. A legend under it says what each mark means.
 */
export function DemandHeatmap({ table }: { table: ReportTable }) {
  const { t, i18n } = useTranslation('reports');
  const col = (name: string) => table.columns.indexOf(name);
  const [wd, hr, avg, couns, over, none, count] = ['weekday', 'hour', 'avgArrivals', 'avgCounselors', 'overThreshold', 'noCounselor', 'arrivals'].map(col) as number[];
  const cells = new Map(table.rows.map((r) => [`${r[wd!]}-${r[hr!]}`, r]));
  const max = Math.max(0.0001, ...table.rows.map((r) => (typeof r[avg!] === 'number' ? (r[avg!] as number) : 0)));
  const threshold = table.meta.threshold;
  const num = (v: unknown) => (typeof v === 'number' ? v.toLocaleString(i18n.language, { maximumFractionDigits: 1 }) : t('fewer'));
  return (
    <div className="rp-heat">
      <div className="rp-table-wrap">
        <table className="rp-heat__table">
          <caption className="rp-visually-hidden">{t('heatmap.title')}</caption>
          <thead>
            <tr>
              <th scope="col"><span className="rp-visually-hidden">{t('col.weekday')}</span></th>
              {HOURS.map((h) => <th key={h} scope="col">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((d) => (
              <tr key={d}>
                <th scope="row">{t(`weekday.${d}`)}</th>
                {HOURS.map((h) => {
                  const r = cells.get(`${d}-${h}`);
                  const a = r?.[avg!];
                  const level = typeof a === 'number' ? Math.ceil((a / max) * 5) : r?.[count!] === null ? 1 : 0;
                  const isOver = r?.[over!] === true;
                  const isNone = r?.[none!] === true;
                  const label = `${t(`weekday.${d}`)} ${t('hourLabel', { hour: h })}: ${t('heatmap.cell', { arrivals: num(a), counselors: num(r?.[couns!]) })}`
                    + `${isOver ? ` — ${t('heatmap.legendOver', { threshold })}` : ''}${isNone ? ` — ${t('heatmap.legendNone')}` : ''}`;
                  return (
                    <td key={h} className={`rp-heat__cell rp-heat--l${level}${isOver ? ' rp-heat--over' : ''}${isNone ? ' rp-heat--none' : ''}`} title={label}
                      data-mark={isNone ? 'none' : isOver ? 'over' : undefined}>
                      <span aria-hidden="true">{isNone ? '✕' : isOver ? '▲' : ''}</span>
                      <span className="rp-visually-hidden">{label}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="rp-legend" aria-label={t('heatmap.legendTitle')}>
        <div><dt><span className="rp-swatch rp-heat--l1" /><span className="rp-swatch rp-heat--l3" /><span className="rp-swatch rp-heat--l5" /></dt><dd>{t('heatmap.legendScale')}</dd></div>
        <div><dt><span className="rp-swatch rp-heat--over" aria-hidden="true">▲</span></dt><dd>{t('heatmap.legendOver', { threshold })}</dd></div>
        <div><dt><span className="rp-swatch rp-heat--none" aria-hidden="true">✕</span></dt><dd>{t('heatmap.legendNone')}</dd></div>
      </dl>
    </div>
  );
}
