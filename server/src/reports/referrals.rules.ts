import { SERVICE_KINDS, type ReportCell } from '@hidamari/shared';
import { suppressCount } from './suppress.rules.js';

/** Referral cards sent in the range with one kind and area (as stored on the referral when it was sent). */
export interface ReferralGroup {
  kind: string;
  prefecture: string;
  municipality: string | null;
  n: number;
}

export const REFERRAL_COLUMNS = ['group', 'serviceKind', 'prefecture', 'municipality', 'referrals'] as const;

/** Bigger shown counts first, withheld ones (null) after every shown one, then by name in Japanese order. */
function ordered(entries: Map<string, { cells: ReportCell[]; n: number; name: string }>): ReportCell[][] {
  const shown = (n: number) => suppressCount(n) ?? -1;
  return [...entries.values()]
    .sort((a, b) => shown(b.n) - shown(a.n) || a.name.localeCompare(b.name, 'ja'))
    .map((e) => [...e.cells, suppressCount(e.n)]);
}

/**
 * Three groups of rows, each summing to every referral in the range: by service kind (every kind listed, in the
 * directory's order), by prefecture, and by prefecture and municipality ('' when the service gave none). Each count
 * from 1 to 4 is withheld. Areas are ordered by count rather than name, but withheld ones never by their true size.
 */
export function referralRows(groups: readonly ReferralGroup[]): ReportCell[][] {
  const byKind = new Map<string, number>();
  const byPrefecture = new Map<string, { cells: ReportCell[]; n: number; name: string }>();
  const byMunicipality = new Map<string, { cells: ReportCell[]; n: number; name: string }>();
  for (const g of groups) {
    byKind.set(g.kind, (byKind.get(g.kind) ?? 0) + g.n);
    const p = byPrefecture.get(g.prefecture) ?? { cells: ['prefecture', '', g.prefecture, ''], n: 0, name: g.prefecture };
    p.n += g.n;
    byPrefecture.set(g.prefecture, p);
    const muni = g.municipality ?? '';
    const key = `${g.prefecture}\u0000${muni}`;
    const m = byMunicipality.get(key) ?? { cells: ['municipality', '', g.prefecture, muni], n: 0, name: `${g.prefecture} ${muni}` };
    m.n += g.n;
    byMunicipality.set(key, m);
  }
  const kinds = [...SERVICE_KINDS, ...[...byKind.keys()].filter((k) => !(SERVICE_KINDS as readonly string[]).includes(k)).sort()];
  return [
    ...kinds.map((k): ReportCell[] => ['kind', k, '', '', suppressCount(byKind.get(k) ?? 0)]),
    ...ordered(byPrefecture),
    ...ordered(byMunicipality),
  ];
}
