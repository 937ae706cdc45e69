import type { QueueStanding, ServiceStatus } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { HotlineList } from './HotlineList';
import { ResumeCodeCard } from './ResumeCodeCard';
import { useHoursText } from './use-hours-text';
import { describePosition, describeWait } from './visitor-text';

const SELF_CARE = ['waiting.selfCare1', 'waiting.selfCare2', 'waiting.selfCare3', 'waiting.selfCare4'] as const;

interface Props {
  queue: QueueStanding | null;
  resumeCode: string | null;
  status: ServiceStatus | null;
}

/**
 * Waiting for a counselor. While closed the place in line is followed by when a counselor will read it (never
 * minutes), from the same status as the rest of the page, and by the reminder to keep the resume code.
 */
export function WaitingPanel({ queue, resumeCode, status }: Props) {
  const { t } = useTranslation('visitor');
  const hours = useHoursText();
  const closed = status !== null && !status.open;
  const position = queue && describePosition(queue);
  const wait = queue && describeWait(queue, status);
  const when = closed && status.nextOpening ? hours.opening(status.nextOpening, status.timezone) : null;
  // An opening the browser cannot phrase (an unknown zone) is said without a time rather than not at all.
  const waitText = wait && (wait.key === 'waiting.readFrom' ? (when ? t(wait.key, { when }) : t('waiting.readLater')) : t(wait.key, wait.values));
  return (
    <div className="hv-waiting">
      <div className="hv-queue" role="status">
        {position && waitText ? (
          <>
            <p className="hv-queue__position" data-testid="queue-position">{t(position.key, position.values)}</p>
            <p className="hv-queue__wait" data-testid="queue-wait">{waitText}</p>
            {!closed && queue.estimatedWaitSeconds !== null && <p className="hv-hint">{t('waiting.estimateNote')}</p>}
          </>
        ) : (
          <p>{t('waiting.checking')}</p>
        )}
      </div>
      {closed && <p className="hv-keep-code" data-testid="keep-code">{t('waiting.closedKeepCode')}</p>}
      {resumeCode && <ResumeCodeCard code={resumeCode} />}
      {closed && status.hotlines.length > 0 && (
        <div className="hv-card">
          <HotlineList hotlines={status.hotlines} />
        </div>
      )}
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
