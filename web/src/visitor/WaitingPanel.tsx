import type { QueueStanding, ServiceStatus } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { OffHoursNotice } from './OffHoursNotice';
import { ResumeCodeCard } from './ResumeCodeCard';
import { describePosition, describeWait } from './visitor-text';

const SELF_CARE = ['waiting.selfCare1', 'waiting.selfCare2', 'waiting.selfCare3', 'waiting.selfCare4'] as const;

interface Props {
  queue: QueueStanding | null;
  resumeCode: string | null;
  status: ServiceStatus | null;
}

export function WaitingPanel({ queue, resumeCode, status }: Props) {
  const { t } = useTranslation('visitor');
  const position = queue && describePosition(queue);
  const wait = queue && describeWait(queue);
  return (
    <div className="hv-waiting">
      <div className="hv-queue" role="status">
        {position && wait ? (
          <>
            <p className="hv-queue__position" data-testid="queue-position">{t(position.key, position.values)}</p>
            <p className="hv-queue__wait" data-testid="queue-wait">{t(wait.key, wait.values)}</p>
            {queue.estimatedWaitSeconds !== null && <p className="hv-hint">{t('waiting.estimateNote')}</p>}
          </>
        ) : (
          <p>{t('waiting.checking')}</p>
        )}
      </div>
      {status && !status.open && <OffHoursNotice status={status} />}
      {resumeCode && <ResumeCodeCard code={resumeCode} />}
      <div className="hv-selfcare">
        <h2>{t('waiting.selfCareTitle')}</h2>
        <ul>
          {SELF_CARE.map((key) => <li key={key}>{t(key)}</li>)}
        </ul>
      </div>
      <p className="hv-hint">{t('waiting.canWrite')}</p>
    </div>
  );
}
