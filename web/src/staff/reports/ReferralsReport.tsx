import { SERVICE_KINDS, type ReportCell, type ReportTable, type ServiceKind } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { serviceKindLabel } from '../../lib/service-kinds';
import { HorizontalBarChart } from './charts';
import { ReportSection } from './ReportSection';

/** The rows of one grouping (`kind`, `prefecture`, `municipality`) with just the columns that grouping fills. */
function part(table: ReportTable, group: string, columns: readonly string[], cell = (c: string, v: ReportCell): ReportCell => v): ReportTable {
  const idx = columns.map((c) => table.columns.indexOf(c));
  return { ...table, columns: [...columns], rows: table.rows.filter((r) => r[0] === group).map((r) => idx.map((i, k) => cell(columns[k]!, r[i] ?? null))) };
}

/** Issue 12: referral cards sent in the period, by kind of service and by area (charts for kind and prefecture, three tables). */
export function ReferralsReport({ query }: { query: string }) {
  const { t, i18n } = useTranslation('reports');
  const count = (v: ReportCell | undefined) => (typeof v === 'number' ? v.toLocaleString(i18n.language) : t('fewer'));
  const kindLabel = (v: ReportCell | undefined) => ((SERVICE_KINDS as readonly string[]).includes(String(v)) ? serviceKindLabel(v as ServiceKind, i18n.language) : String(v));
  const noMunicipality = (c: string, v: ReportCell): ReportCell => (c === 'municipality' && v === '' ? t('referrals.noMunicipality') : v);

  return (
    <ReportSection name="referrals" query={query} title={t('referrals.title')} intro={t('referrals.intro')}
      isEmpty={(table) => table.meta.referrals === 0}
      summary={(table) => (
        <dl className="rp-tiles rp-tiles--small">
          {(['referrals', 'consultations'] as const).map((k) => (
            <div key={k} className="rp-tile" data-testid={`referrals-${k}`}><dt>{t(`referrals.${k}`)}</dt><dd>{count(table.meta[k])}</dd></div>
          ))}
        </dl>
      )}
      chart={(table) => (
        <div className="rp-grid">
          <div>
            <h3>{t('referrals.byKind')}</h3>
            <HorizontalBarChart table={part(table, 'kind', ['serviceKind', 'referrals'])} yLabel={(r) => kindLabel(r[0])} column="referrals" label={t('col.referrals')} labelWidth={250} />
          </div>
          <div>
            <h3>{t('referrals.byPrefecture')}</h3>
            <HorizontalBarChart table={part(table, 'prefecture', ['prefecture', 'referrals'])} yLabel={(r) => String(r[0])} column="referrals" label={t('col.referrals')} labelWidth={110} />
          </div>
        </div>
      )}
      tables={(table) => [
        { key: 'kind', caption: t('referrals.byKind'), table: part(table, 'kind', ['serviceKind', 'referrals']) },
        { key: 'prefecture', caption: t('referrals.byPrefecture'), table: part(table, 'prefecture', ['prefecture', 'referrals']) },
        { key: 'municipality', caption: t('referrals.byMunicipality'), table: part(table, 'municipality', ['prefecture', 'municipality', 'referrals'], noMunicipality) },
      ]} />
  );
}
