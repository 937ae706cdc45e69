import type { ReportTable as Table } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { alignsRight, formatCell, kindOfColumn } from './format';

/** A report's rows as a real table: the same rows and columns as its CSV, with "fewer than 5" for withheld cells. */
export function ReportTable({ table, caption, hidden }: { table: Table; caption: string; hidden?: readonly string[] }) {
  const { t, i18n } = useTranslation('reports');
  const shown = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => !hidden?.includes(c));
  return (
    <div className="rp-table-wrap">
      <table className="st-table rp-table">
        <caption className="rp-visually-hidden">{caption}</caption>
        <thead>
          <tr>{shown.map(({ c }) => <th key={c} scope="col" className={alignsRight(kindOfColumn(c)) ? 'rp-num' : undefined}>{t(`col.${c}`, { defaultValue: c })}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {shown.map(({ c, i }) => {
                const kind = kindOfColumn(c);
                const v = row[i] ?? null;
                return (
                  <td key={c} className={alignsRight(kind) ? 'rp-num' : undefined} data-suppressed={v === null || undefined}>
                    {formatCell(t, i18n.language, kind, v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
