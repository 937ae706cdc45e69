import type { ConsultationView } from '@hidamari/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RiskLevelDialog } from './RiskLevelDialog';
import { RiskMatches } from './RiskMatches';

/** Beside the chat's title: the words that raised it and, for the counselor holding it, the "change level" dialog. */
export function RiskControls({ consultation, writable }: { consultation: ConsultationView; writable: boolean }) {
  const { t } = useTranslation('risk');
  const [open, setOpen] = useState(false);
  return (
    <div className="rk-controls">
      <RiskMatches consultationId={consultation.id} level={consultation.riskLevel} />
      {writable && (
        <button type="button" className="st-btn rk-change" data-testid="risk-change" onClick={() => setOpen(true)}>{t('change')}</button>
      )}
      <RiskLevelDialog consultationId={consultation.id} current={consultation.riskLevel} open={open} onClose={() => setOpen(false)} />
    </div>
  );
}
