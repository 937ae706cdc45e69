import type { RiskLevel } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';

/** Nothing for "none": a badge on every row would teach the eye to skip it. */
export function RiskBadge({ level }: { level: RiskLevel }) {
  const { t } = useTranslation('staff');
  if (level === 'none') return null;
  return <span className={`st-risk st-risk--${level}`}>{t(`risk.${level}`)}</span>;
}
