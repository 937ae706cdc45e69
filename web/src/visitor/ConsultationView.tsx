import type { ServiceStatus } from '@hidamari/shared';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ClosedView } from './ClosedView';
import { Composer } from './Composer';
import { CounselorInfo } from './CounselorInfo';
import { LeaveDialog } from './LeaveDialog';
import { MessageList } from './MessageList';
import { timeline } from './messages.reducer';
import { useFocusOnMount } from './use-focus-on-mount';
import type { VisitorConnection, VisitorSnapshot } from './visitor-connection';
import { WaitingPanel } from './WaitingPanel';

interface Props {
  connection: VisitorConnection;
  snapshot: VisitorSnapshot;
  status: ServiceStatus | null;
}

/** One screen for the whole consultation: waiting, talking and closed differ only in the panel and the footer. */
export function ConsultationView({ connection, snapshot, status }: Props) {
  const { t } = useTranslation('visitor');
  const { consultation, messages, resumeCode, online, counselorTyping } = snapshot;
  const items = useMemo(() => timeline(messages), [messages]);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const onSend = useCallback((body: string) => connection.send(body), [connection]);
  const onTyping = useCallback((typing: boolean) => connection.setTyping(typing), [connection]);
  const onRetry = useCallback((id: string) => connection.retry(id), [connection]);
  const closed = consultation.status === 'closed';

  return (
    <section className="hv-consult" aria-labelledby="hv-consult-title">
      <div className="hv-consult__bar">
        <h1 id="hv-consult-title" ref={headingRef} tabIndex={-1}>
          {consultation.status !== 'queued' ? t('chat.title') : status && !status.open ? t('waiting.titleClosed') : t('waiting.title')}
        </h1>
        {!closed && <LeaveDialog onLeave={() => connection.leave()} />}
      </div>
      {!online && !closed && <p className="hv-offline" role="status">{t('app.offline')}</p>}
      {consultation.status === 'queued' && <WaitingPanel queue={consultation.queue} resumeCode={resumeCode} status={status} />}
      {consultation.status === 'active' && <CounselorInfo name={consultation.counselorName} resumeCode={resumeCode} />}
      <MessageList items={items} onRetry={onRetry} />
      {counselorTyping && !closed && (
        <p className="hv-typing" data-testid="typing-indicator">
          <span className="hv-typing__dots" aria-hidden="true"><span /><span /><span /></span>
          {t('chat.typing')}
        </p>
      )}
      {closed ? (
        <ClosedView reason={consultation.closeReason} hotlines={status?.hotlines ?? []} onStartNew={() => connection.reset()} />
      ) : (
        <Composer onSend={onSend} onTyping={onTyping} />
      )}
    </section>
  );
}
