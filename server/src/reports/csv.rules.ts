import type { ReportCell } from '@hidamari/shared';

/** What a suppressed cell (null) reads as in a CSV file. */
export const CSV_SUPPRESSED = '<5';

/**
 * A table as RFC 4180 CSV with a byte-order mark (spreadsheet programs in Japan read UTF-8 without one as Shift_JIS).
 * Free text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`:
 * comments come from anonymous visitors.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly ReportCell[])[]): string {
  const lines = [columns.map(field).join(',')];
  for (const row of rows) lines.push(row.map(cellText).map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function cellText(cell: ReportCell): string {
  if (cell === null) return CSV_SUPPRESSED;
  if (typeof cell === 'string') return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return String(cell);
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
