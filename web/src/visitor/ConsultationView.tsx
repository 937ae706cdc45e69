import type { PreferChoice, ServiceStatus } from '@hidamari/shared';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ClosedView } from './ClosedView';
import { Composer } from './Composer';
import { CounselorInfo } from './CounselorInfo';
import { LeaveDialog } from './LeaveDialog';
import { MessageList } from './MessageList';
import { PreferredPanel } from './returning/PreferredPanel';
import { timeline } from './messages.reducer';
import { SoundToggle } from './SoundToggle';
import { useFocusOnMount } from './use-focus-on-mount';
import { useReplyAlert } from './use-reply-alert';
import type { VisitorConnection, VisitorSnapshot } from './visitor-connection';
import { pageHours } from './visitor-text';
import { WaitingPanel } from './WaitingPanel';

interface Props {
  connection: VisitorConnection;
  snapshot: VisitorSnapshot;
  status: ServiceStatus | null;
}

/** One screen for the whole consultation: waiting, talking and closed differ only in the panel and the footer. */
export function ConsultationView({ connection, snapshot, status }: Props) {
  const { t } = useTranslation('visitor');
  const { consultation, messages, resumeCode, online, counselorTyping, readUpToSeq, notes } = snapshot;
  const items = useMemo(() => timeline(messages, readUpToSeq), [messages, readUpToSeq]);
  const replies = useMemo(() => messages.confirmed.filter((m) => m.sender === 'staff').length, [messages.confirmed]);
  const alert = useReplyAlert(replies);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const onSend = useCallback((body: string) => connection.send(body), [connection]);
  const onTyping = useCallback((typing: boolean) => connection.setTyping(typing), [connection]);
  const onRetry = useCallback((id: string) => connection.retry(id), [connection]);
  const onPrefer = useCallback((choice: PreferChoice) => connection.prefer(choice), [connection]);
  const closed = consultation.status === 'closed';
  const hours = pageHours(consultation.service, status);

  return (
    <section className="hv-consult" aria-labelledby="hv-consult-title">
      <div className="hv-consult__bar">
        <h1 id="hv-consult-title" ref={headingRef} tabIndex={-1}>
          {consultation.status !== 'queued' ? t('chat.title') : hours && !hours.open ? t('waiting.titleClosed') : t('waiting.title')}
        </h1>
        {!closed && <LeaveDialog onLeave={() => connection.leave()} />}
      </div>
      {!closed && <SoundToggle on={alert.sound} onChange={alert.setSound} />}
      {!online && !closed && <p className="hv-offline" role="status">{t('app.offline')}</p>}
      {consultation.status === 'queued' && (
        <PreferredPanel
          preferred={consultation.preferred} notice={consultation.preferredNotice} timezone={status?.timezone ?? 'Asia/Tokyo'} onChoose={onPrefer}
        />
      )}
      {consultation.status === 'queued' && (
        <WaitingPanel
          queue={consultation.queue} resumeCode={resumeCode} hours={hours} status={status} requeueReason={consultation.requeueReason}
          reservedAway={consultation.preferred !== null && consultation.preferred.mode !== 'first' && consultation.preferred.mode !== 'unplanned'}
        />
      )}
      {consultation.status === 'active' && <CounselorInfo name={consultation.counselorName} resumeCode={resumeCode} />}
      <MessageList items={items} notes={notes} counselorTyping={counselorTyping && !closed} follow={consultation.status === 'active'} onRetry={onRetry} />
      {closed ? (
        <ClosedView
          reason={consultation.closeReason} hotlines={status?.hotlines ?? []} onStartNew={() => connection.reset()} linked={snapshot.linked !== null}
        />
      ) : (
        <Composer onSend={onSend} onTyping={onTyping} />
      )}
    </section>
  );
}
