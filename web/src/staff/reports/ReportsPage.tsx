import { TOPICS, type ReportCell, type ReportTable } from '@hidamari/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceStatus } from '../service-status';
import { StaffHeader } from '../workspace/StaffHeader';
import { TableBarChart } from './charts';
import { CommentsList } from './CommentsList';
import { DemandHeatmap } from './DemandHeatmap';
import { FamilyReports } from './FamilyReports';
import { formatSeconds } from './format';
import { OverviewTiles } from './OverviewTiles';
import { RangePicker } from './RangePicker';
import { ReferralsReport } from './ReferralsReport';
import { lastDays, rangeQuery, type DayRange } from './report-range';
import { ReportSection } from './ReportSection';
import './reports.css';

/**
 * Admins and supervisors: the service in numbers for a period. The demand heatmap comes first (the staffing question),
 * then each report as a chart with its table under it and a CSV download. Loaded as a chunk of its own, with recharts.
 */
export default function ReportsPage() {
  const { t, i18n } = useTranslation('reports');
  const { t: ts } = useTranslation('staff');
  const { timezone } = useServiceStatus();
  const [range, setRange] = useState<DayRange>(() => lastDays(30, timezone));
  const query = useMemo(() => rangeQuery(range, timezone), [range, timezone]);
  useEffect(() => {
    document.title = `${t('title')} — ${ts('appName')}`;
  }, [t, ts]);

  const sec = (v: number) => formatSeconds(t, v);
  const at = (table: ReportTable, row: readonly ReportCell[], col: string) => row[table.columns.indexOf(col)];
  const audienceSeries = [{ column: 'audience.self', label: t('audienceName.self') }, { column: 'audience.family', label: t('audienceName.family') }];
  const topicSeries = TOPICS.map((id) => ({ column: `topic.${id}`, label: t(`topicName.${id}`) }));
  const bucketLabel = (table: ReportTable) => (row: readonly ReportCell[]) => {
    const from = sec(Number(at(table, row, 'fromSeconds')));
    const to = at(table, row, 'toSeconds');
    return to === '' ? t('bucketOpen', { from }) : t('bucket', { from, to: sec(Number(to)) });
  };
  const durationSummary = (table: ReportTable) => (
    <dl className="rp-tiles rp-tiles--small">
      {['consultations', 'p50Seconds', 'p90Seconds', 'meanSeconds'].map((k) => {
        const v = table.meta[k];
        return <div key={k} className="rp-tile"><dt>{t(`summary.${k}`)}</dt><dd>{v === null || v === undefined ? t('fewer') : k === 'consultations' ? String(v) : sec(Number(v))}</dd></div>;
      })}
    </dl>
  );
  const wd = (table: ReportTable) => (row: readonly ReportCell[]) => `${t(`weekday.${String(at(table, row, 'weekday'))}`)} ${String(at(table, row, 'hour'))}`;
  const aud = (table: ReportTable) => (row: readonly ReportCell[]) => t(`audienceName.${String(at(table, row, 'audience'))}`);
  const lvl = (table: ReportTable, col: string) => (row: readonly ReportCell[]) => t(`levelName.${String(at(table, row, col))}`);

  return (
    <div className="st-shell">
      <StaffHeader page="reports" />
      <main className="st-admin rp-page">
        <h1>{t('title')}</h1>
        <p className="st-muted">{t('intro', { timezone })}</p>
        <RangePicker value={range} timeZone={timezone} onChange={setRange} />

        <ReportSection name="heatmap" query={query} title={t('heatmap.title')} isEmpty={() => false} folded
          summary={(table) => (
            <>
              <p className="st-muted rp-intro">{t('heatmap.intro', { threshold: table.meta.threshold })}</p>
              <DemandHeatmap table={table} />
            </>
          )} />
        <OverviewTiles query={query} />
        <ReportSection name="daily" query={query} title={t('daily.title')} intro={t('daily.intro')} folded
          chart={(table) => <TableBarChart table={table} stacked series={audienceSeries} xLabel={(r) => String(r[0]).slice(5)} />} />
        <ReportSection name="hourly" query={query} title={t('hourly.title')} intro={t('hourly.intro')} folded
          chart={(table) => <TableBarChart table={table} stacked series={topicSeries} xLabel={wd(table)} height={300} />} />
        <ReportSection name="wait" query={query} title={t('wait.title')} intro={t('wait.intro')}
          chart={(table) => <TableBarChart table={table} format={sec} xLabel={aud(table)}
            series={[{ column: 'p50Seconds', label: t('col.p50Seconds') }, { column: 'p90Seconds', label: t('col.p90Seconds') }]} />} />
        <ReportSection name="off-hours" query={query} title={t('offHours.title')} intro={t('offHours.intro')}
          chart={(table) => <TableBarChart table={table} format={sec} xLabel={aud(table)}
            series={[{ column: 'p50SecondsToRead', label: t('col.p50SecondsToRead') }, { column: 'p90SecondsToRead', label: t('col.p90SecondsToRead') }]} />} />
        <ReportSection name="abandonment" query={query} title={t('abandonment.title')} intro={t('abandonment.intro')} summary={durationSummary}
          chart={(table) => <TableBarChart table={table} xLabel={bucketLabel(table)} series={[{ column: 'consultations', label: t('col.consultations') }]} />} />
        <ReportSection name="handle-time" query={query} title={t('handleTime.title')} intro={t('handleTime.intro')} summary={durationSummary}
          chart={(table) => <TableBarChart table={table} xLabel={bucketLabel(table)} series={[{ column: 'consultations', label: t('col.consultations') }]} />} />
        <ReportSection name="escalations" query={query} title={t('escalations.title')}
          chart={(table) => <TableBarChart table={table} xLabel={lvl(table, 'level')} series={[{ column: 'escalations', label: t('col.escalations') }]} height={200} />} />
        <ReportSection name="risk" query={query} title={t('risk.title')}
          chart={(table) => <TableBarChart table={table} xLabel={lvl(table, 'riskLevel')} series={[{ column: 'consultations', label: t('col.consultations') }]} height={200} />} />
        <ReportSection name="survey" query={query} title={t('survey.title')} intro={t('survey.intro')} hidden={['questionId', i18n.language === 'en' ? 'textJa' : 'textEn']}
          isEmpty={(table) => table.rows.length === 0}
          chart={surveyChart} />
        <CommentsList query={query} />
        <ReportSection name="counselors" query={query} title={t('counselors.title')} intro={t('counselors.intro')}
          isEmpty={(table) => table.rows.length === 0}
          chart={(table) => <TableBarChart table={table} xLabel={(r) => String(at(table, r, 'counselor'))}
            series={[{ column: 'chatsHandled', label: t('col.chatsHandled') }, { column: 'escalationsRaised', label: t('col.escalationsRaised') }]} />} />
        <FamilyReports query={query} />
        <ReferralsReport query={query} />
      </main>
    </div>
  );

  /** Scale questions' answers 1–5 side by side: one group of bars per answer value, one series per question. */
  function surveyChart(table: ReportTable) {
    const scale = table.rows.filter((r) => at(table, r, 'kind') === 'scale');
    const rows = [1, 2, 3, 4, 5].map((v) => [String(v), ...scale.map((r) => at(table, r, `n${v}`) ?? null)]);
    const columns = ['value', ...scale.map((_, i) => `q${i}`)];
    return <TableBarChart table={{ ...table, columns, rows }} xLabel={(r) => String(r[0])} height={220}
      series={scale.map((r, i) => ({ column: `q${i}`, label: questionText(table, r) }))} />;
  }

  function questionText(table: ReportTable, row: readonly ReportCell[]): string {
    const text = String(at(table, row, i18n.language === 'en' ? 'textEn' : 'textJa'));
    return at(table, row, 'retired') === true ? `${text}${t('retired')}` : text;
  }
}
