import type { ReportCell, ReportTable } from '@hidamari/shared';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Colours that stay apart for the common colour-vision differences (Okabe–Ito), in series order. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#999999'];

export interface Series {
  column: string;
  label: string;
}

/**
 * A bar chart of a report table (recharts): one bar (or stack) per row, one series per column. Withheld cells (null)
 * draw no bar; the table under the chart says "fewer than 5" for them.
 */
export function TableBarChart({ table, xLabel, series, stacked, height = 260, format }: {
  table: ReportTable;
  xLabel: (row: readonly ReportCell[]) => string;
  series: readonly Series[];
  stacked?: boolean;
  height?: number;
  format?: (v: number) => string;
}) {
  const data = table.rows.map((row) => {
    const point: Record<string, string | number | null> = { x: xLabel(row) };
    for (const s of series) {
      const v = row[table.columns.indexOf(s.column)];
      point[s.column] = typeof v === 'number' ? v : null;
    }
    return point;
  });
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="x" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
        <YAxis tick={{ fontSize: 12 }} tickFormatter={format} width={format ? 72 : 48} allowDecimals={!!format} />
        <Tooltip formatter={(v) => (typeof v === 'number' && format ? format(v) : String(v))} />
        {/* Series in the order given (recharts sorts them by name otherwise), as they stack. */}
        {series.length > 1 && <Legend itemSorter={null} />}
        {series.map((s, i) => (
          <Bar key={s.column} dataKey={s.column} name={s.label} fill={PALETTE[i % PALETTE.length]} stackId={stacked ? 'a' : undefined} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/**
 * Bars lying down, for long labels (a kind of service, a prefecture): one bar per row, labels in full beside them,
 * one series. Withheld cells (null) draw no bar, as above.
 */
export function HorizontalBarChart({ table, yLabel, column, label, labelWidth = 200 }: {
  table: ReportTable;
  yLabel: (row: readonly ReportCell[]) => string;
  column: string;
  label: string;
  labelWidth?: number;
}) {
  const i = table.columns.indexOf(column);
  const data = table.rows.map((row) => ({ y: yLabel(row), [column]: typeof row[i] === 'number' ? row[i] : null }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, data.length * 30 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={{ fontSize: 12 }} allowDecimals={false} />
        <YAxis type="category" dataKey="y" tick={{ fontSize: 12 }} width={labelWidth} interval={0} />
        <Tooltip />
        <Bar dataKey={column} name={label} fill={PALETTE[0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
