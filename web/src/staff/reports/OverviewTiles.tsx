import type { ReportOverview } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { formatSeconds } from './format';
import { csvHref, useOverview } from './use-report';

/** The overview's figures as tiles (the same numbers as GET /api/reports/overview). */
export function OverviewTiles({ query }: { query: string }) {
  const { t, i18n } = useTranslation('reports');
  const { t: ts } = useTranslation('staff');
  const o = useOverview(query);
  const n = (v: number | null) => (v === null ? t('fewer') : v.toLocaleString(i18n.language));
  const s = (v: number | null) => (v === null ? t('fewer') : formatSeconds(t, v));
  const pct = (v: number | null) => (v === null ? t('fewer') : `${(v * 100).toLocaleString(i18n.language, { maximumFractionDigits: 1 })}%`);
  let body;
  if (o.isPending) body = <p className="st-muted" role="status" aria-busy="true">{t('loading')}</p>;
  else if (o.isError) body = <p className="st-error" role="alert">{t('failed')} {errorText(ts, o.error)}</p>;
  else {
    const d: ReportOverview = o.data;
    const esc = [d.escalations.consult, d.escalations.urgent, d.escalations.emergency];
    const tiles: [string, string][] = [
      ['total', n(d.consultations.total)], ['self', n(d.consultations.byAudience.self)], ['family', n(d.consultations.byAudience.family)],
      ['p50', s(d.waitSeconds.p50)], ['p90', s(d.waitSeconds.p90)], ['within5', pct(d.answeredWithin5MinRate)],
      ['abandoned', n(d.abandoned)], ['escalations', esc.every((x) => x !== null) ? n(esc.reduce((a, b) => a! + b!, 0)) : esc.map(n).join(' / ')],
      ['riskFlagged', n(d.riskFlagged)], ['responses', n(d.survey.responses)],
      ['helpful', d.survey.helpfulAverage === null ? t('fewer') : d.survey.helpfulAverage.toLocaleString(i18n.language, { maximumFractionDigits: 2 })],
    ];
    body = (
      <dl className="rp-tiles">
        {tiles.map(([k, v]) => <div key={k} className="rp-tile" data-testid={`overview-${k}`}><dt>{t(`overview.${k}`)}</dt><dd>{v}</dd></div>)}
      </dl>
    );
  }
  return (
    <section className="rp-section" aria-labelledby="rp-overview" data-testid="report-overview">
      <header className="rp-section__head">
        <h2 id="rp-overview">{t('overview.title')}</h2>
        <a className="st-btn rp-csv" href={csvHref('overview', query)} download>{t('csv')}</a>
      </header>
      {body}
    </section>
  );
}
