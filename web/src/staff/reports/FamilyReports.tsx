import { FAMILY_REPORT_QUESTIONS, type ReportCell, type ReportTable } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { HorizontalBarChart, TableBarChart } from './charts';
import { ReportSection } from './ReportSection';

/**
 * Issue 12: family consultations by their intake answers (one small chart per question, one table under them), and
 * relationship × age band. A consultation with two hopes counts under both; the intro says so.
 */
export function FamilyReports({ query }: { query: string }) {
  const { t, i18n } = useTranslation('reports');
  const answer = (v: ReportCell | undefined) => t(`familyAnswer.${String(v)}`, { defaultValue: String(v) });
  const count = (v: ReportCell | undefined) => (typeof v === 'number' ? v.toLocaleString(i18n.language) : t('fewer'));
  const total = (table: ReportTable) => (
    <dl className="rp-tiles rp-tiles--small">
      <div className="rp-tile" data-testid="family-total"><dt>{t('family.consultations')}</dt><dd>{count(table.meta.consultations)}</dd></div>
    </dl>
  );

  return (
    <>
      <ReportSection name="family" query={query} title={t('family.title')} intro={t('family.intro')} folded summary={total}
        isEmpty={(table) => table.meta.consultations === 0}
        chart={(table) => (
          <div className="rp-grid">
            {FAMILY_REPORT_QUESTIONS.map((q) => (
              <div key={q}>
                <h3>{t(`familyQuestion.${q}`)}</h3>
                <HorizontalBarChart table={{ ...table, rows: table.rows.filter((r) => r[0] === q) }} yLabel={(r) => answer(r[1])}
                  column="consultations" label={t('col.consultations')} labelWidth={170} />
              </div>
            ))}
          </div>
        )} />
      <ReportSection name="family-cross" query={query} title={t('family.crossTitle')} intro={t('family.crossIntro')} summary={total}
        isEmpty={(table) => table.meta.consultations === 0}
        chart={(table) => {
          // One bar per age band, stacked by relationship: five series stay apart in the palette, eight would not.
          const bands = table.columns.filter((c) => c.startsWith('ageBand.'));
          const rels = table.rows.map((r) => String(r[0]));
          const byBand = { ...table, columns: ['ageBand', ...rels], rows: bands.map((b) => [b, ...table.rows.map((r) => r[table.columns.indexOf(b)] ?? null)]) };
          return <TableBarChart table={byBand} stacked xLabel={(r) => t(`col.${String(r[0])}`)} height={240}
            series={rels.map((rel) => ({ column: rel, label: answer(rel) }))} />;
        }} />
    </>
  );
}
