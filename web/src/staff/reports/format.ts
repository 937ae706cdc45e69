import { SERVICE_KINDS, type ReportCell, type ServiceKind } from '@hidamari/shared';
import type { TFunction } from 'i18next';
import { serviceKindLabel } from '../../lib/service-kinds';

/** How a cell reads in the page's tables (the CSV carries the raw value; null is "fewer than 5" in both). */
export type CellKind = 'count' | 'seconds' | 'rate' | 'flag' | 'weekday' | 'hour' | 'audience' | 'level' | 'kind' | 'text' | 'decimal'
  | 'familyQuestion' | 'familyAnswer' | 'serviceKind';

export function kindOfColumn(column: string): CellKind {
  if (/Seconds|SecondsToRead$/.test(column)) return 'seconds';
  if (column === 'answeredWithin5MinRate' || column === 'share') return 'rate';
  if (column === 'overThreshold' || column === 'noCounselor' || column === 'retired') return 'flag';
  if (column === 'weekday') return 'weekday';
  if (column === 'hour') return 'hour';
  if (column === 'audience') return 'audience';
  if (column === 'level' || column === 'riskLevel') return 'level';
  if (['avgArrivals', 'avgCounselors', 'arrivalsPerCounselor', 'average'].includes(column)) return 'decimal';
  if (column === 'kind') return 'kind';
  if (column === 'question') return 'familyQuestion';
  if (column === 'answer' || column === 'relationship') return 'familyAnswer';
  if (column === 'serviceKind') return 'serviceKind';
  if (['group', 'prefecture', 'municipality'].includes(column)) return 'text';
  if (['day', 'questionId', 'textJa', 'textEn', 'comment', 'counselor', 'metric'].includes(column)) return 'text';
  return 'count';
}

/** Labels and numbers read left to right; counts, durations and shares line up on the right. */
export const alignsRight = (kind: CellKind): boolean => ['count', 'seconds', 'rate', 'decimal'].includes(kind);

export function formatSeconds(t: TFunction, s: number): string {
  const n = Math.round(s);
  if (n < 60) return t('seconds', { n });
  if (n < 3600) return n % 60 === 0 ? t('minutes', { n: n / 60 }) : t('minutesSeconds', { m: Math.floor(n / 60), s: n % 60 });
  const m = Math.floor((n % 3600) / 60);
  return m === 0 ? t('hoursOnly', { h: Math.floor(n / 3600) }) : t('hours', { h: Math.floor(n / 3600), m });
}

export function formatCell(t: TFunction, lang: string, kind: CellKind, v: ReportCell): string {
  if (v === null) return t('fewer');
  if (v === '') return t('none');
  switch (kind) {
    case 'seconds': return typeof v === 'number' ? formatSeconds(t, v) : String(v);
    case 'rate': return typeof v === 'number' ? `${(v * 100).toLocaleString(lang, { maximumFractionDigits: 1 })}%` : String(v);
    case 'flag': return v === true ? t('yes') : t('no');
    case 'weekday': return t(`weekday.${String(v)}`);
    case 'hour': return t('hourLabel', { hour: v });
    case 'audience': return t(`audienceName.${String(v)}`, { defaultValue: String(v) });
    case 'kind': return t(`kindName.${String(v)}`, { defaultValue: String(v) });
    case 'level': return t(`levelName.${String(v)}`, { defaultValue: String(v) });
    case 'familyQuestion': return t(`familyQuestion.${String(v)}`, { defaultValue: String(v) });
    case 'familyAnswer': return t(`familyAnswer.${String(v)}`, { defaultValue: String(v) });
    case 'serviceKind': return (SERVICE_KINDS as readonly string[]).includes(String(v)) ? serviceKindLabel(v as ServiceKind, lang) : String(v);
    case 'decimal': return typeof v === 'number' ? v.toLocaleString(lang, { maximumFractionDigits: 2 }) : String(v);
    case 'count': return typeof v === 'number' ? v.toLocaleString(lang) : String(v);
    default: return String(v);
  }
}
