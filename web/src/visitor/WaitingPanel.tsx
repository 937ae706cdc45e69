import type { QueueStanding, ServiceStatus, VisitorRequeueReason } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { HotlineList } from './HotlineList';
import { ResumeCodeCard } from './ResumeCodeCard';
import { useHoursText } from './use-hours-text';
import { describePosition, describeWait, type Hours, type WaitPhrase } from './visitor-text';

const SELF_CARE = ['waiting.selfCare1', 'waiting.selfCare2', 'waiting.selfCare3', 'waiting.selfCare4'] as const;

interface Props {
  queue: QueueStanding | null;
  resumeCode: string | null;
  /** The hours the page goes by: pushed with the standing when known, else `status`'s. */
  hours: Hours | null;
  status: ServiceStatus | null;
  requeueReason: VisitorRequeueReason | null;
  /** Issue 12: kept for a counselor who is off duty now: the place in line says nothing then (the panel above says when). */
  reservedAway?: boolean;
}

/**
 * Waiting for a counselor. The place in line and the wait come from one standing and one set of hours, so the page
 * never says minutes while closed or with nobody to keep them; a chat back in the queue first says why, kindly.
 */
export function WaitingPanel({ queue, resumeCode, hours, status, requeueReason, reservedAway = false }: Props) {
  const { t } = useTranslation('visitor');
  const say = useHoursText();
  const closed = hours !== null && !hours.open;
  const timezone = status?.timezone ?? 'Asia/Tokyo';
  const position = queue && describePosition(queue);
  const wait = queue && describeWait(queue, hours);

  function waitText(p: WaitPhrase): string {
    if (!p.when) return t(p.key, p.values);
    const when = p.when.style === 'from' ? say.opening(p.when.iso, timezone) : p.when.style === 'around' ? say.around(p.when.iso, timezone) : say.closing(p.when.iso, timezone);
    // A time the browser cannot phrase (an unknown zone) is said without a time rather than wrongly.
    return when ? t(p.key, { when }) : t(p.key === 'waiting.readAround' ? 'waiting.waitUnknown' : 'waiting.readLater');
  }

  return (
    <div className="hv-waiting">
      {requeueReason && (
        <div className="hv-card hv-card--info hv-requeue" role="status" data-testid="requeue-notice" data-reason={requeueReason}>
          <h2>{t('waiting.requeueTitle')}</h2>
          <p>{t(`waiting.requeue.${requeueReason}`)}</p>
        </div>
      )}
      {!reservedAway && <div className="hv-queue" role="status">
        {position && wait ? (
          <>
            <p className="hv-queue__position" data-testid="queue-position">{t(position.key, position.values)}</p>
            <p className="hv-queue__wait" data-testid="queue-wait" data-key={wait.key}>{waitText(wait)}</p>
            {(wait.key === 'waiting.waitRange' || wait.key === 'waiting.waitUpTo') && <p className="hv-hint">{t('waiting.estimateNote')}</p>}
          </>
        ) : (
          <p>{t('waiting.checking')}</p>
        )}
      </div>}
      {closed && <p className="hv-keep-code" data-testid="keep-code">{t('waiting.closedKeepCode')}</p>}
      {resumeCode && <ResumeCodeCard code={resumeCode} />}
      {closed && status && status.hotlines.length > 0 && (
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
