import type { RiskLevel } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { useRiskMatches } from './use-risk';
import './risk.css';

/** The list's phrases that raised this chat (never the visitor's sentence), under the risk badge. Nothing while the level is none. */
export function RiskMatches({ consultationId, level }: { consultationId: string; level: RiskLevel }) {
  const { t } = useTranslation('risk');
  const matches = useRiskMatches(consultationId, level);
  if (level === 'none') return null;
  if (matches.isPending) return <p className="rk-matches st-muted">{t('matchedLoading')}</p>;
  if (matches.isError) return <p className="rk-matches st-muted">{t('matchedFailed')}</p>;
  if (matches.data.length === 0) return <p className="rk-matches st-muted">{t('matchedNone')}</p>;
  return (
    <p className="rk-matches" data-testid="risk-matches">
      <span className="rk-matches__label">{t('matched')}:</span>
      {matches.data.map((m) => <span key={m} className={`rk-word rk-word--${level}`}>{m}</span>)}
    </p>
  );
}
