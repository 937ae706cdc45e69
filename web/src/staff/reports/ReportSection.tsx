import type { ReportTable as Table, TableReportName } from '@hidamari/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { ReportTable } from './ReportTable';
import { csvHref, useReport } from './use-report';

interface Props {
  name: TableReportName;
  query: string;
  title: string;
  intro?: string;
  /** The chart, drawn from the same table; omitted when the table has nothing to draw. */
  chart?: (table: Table) => ReactNode;
  /** Figures above the chart (e.g. the median), from the table's meta. */
  summary?: (table: Table) => ReactNode;
  /** Tables with many rows start folded under the chart. */
  folded?: boolean;
  isEmpty?: (table: Table) => boolean;
  hidden?: readonly string[];
  /** Several tables drawn from the one report (e.g. one per grouping), each with its own caption; else the report's own table. */
  tables?: (table: Table) => { key: string; caption: string; table: Table }[];
}

const allZero = (t: Table) => t.rows.every((r) => r.every((c) => typeof c !== 'number' || c === 0));

/** One report: title, CSV download, then its chart and the table under it; loading, error and empty states. */
export function ReportSection({ name, query, title, intro, chart, summary, folded, isEmpty = allZero, hidden, tables }: Props) {
  const { t } = useTranslation('reports');
  const { t: ts } = useTranslation('staff');
  const report = useReport(name, query);
  let body: ReactNode;
  if (report.isPending) body = <p className="st-muted" role="status" aria-busy="true">{t('loading')}</p>;
  else if (report.isError) {
    body = (
      <div className="st-error" role="alert">
        {t('failed')} {errorText(ts, report.error)}{' '}
        <button type="button" className="st-btn" onClick={() => void report.refetch()}>{t('retry')}</button>
      </div>
    );
  } else if (isEmpty(report.data)) body = <p className="st-muted rp-empty">{t('empty')}</p>;
  else {
    const table = tables
      ? <div className="rp-tables">{tables(report.data).map((x) => <div key={x.key}><h3 className="rp-table-title">{x.caption}</h3><ReportTable table={x.table} caption={x.caption} /></div>)}</div>
      : <ReportTable table={report.data} caption={title} hidden={hidden} />;
    body = (
      <>
        {summary?.(report.data)}
        {chart && <div className="rp-chart">{chart(report.data)}</div>}
        {folded ? <details className="rp-details"><summary>{t('showTable')}</summary>{table}</details> : table}
      </>
    );
  }
  return (
    <section className="rp-section" aria-labelledby={`rp-${name}`} data-testid={`report-${name}`}>
      <header className="rp-section__head">
        <h2 id={`rp-${name}`}>{title}</h2>
        <a className="st-btn rp-csv" href={csvHref(name, query)} download>{t('csv')}</a>
      </header>
      {intro && <p className="st-muted rp-intro">{intro}</p>}
      {body}
    </section>
  );
}
