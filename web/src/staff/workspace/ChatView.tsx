import type { Outcome } from '@hidamari/shared';
import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SafeText } from '../../lib/safe-text';
import { formatInZone } from '../service-status';
import type { PendingMessage } from '../message-merge';
import { isWritable, type ChatState } from '../workspace.reducer';
import { handoverNote } from './handover-note';
import { CloseDialog } from './CloseDialog';
import { HandoffButton } from './handoff/HandoffButton';
import { HandoffStatus } from './handoff/HandoffStatus';
import { EscalationBar } from './escalation/EscalationBar';
import { Composer, type Draft } from './Composer';
import { RiskBadge } from './RiskBadge';
import { MonitorNotice } from './supervision/MonitorNotice';
import { RiskControls } from './risk/RiskControls';
import { TimelinePanel } from './timeline/TimelinePanel';
import { Transcript } from './Transcript';
import { PresenceLine } from './PresenceLine';
import type { WorkspaceApi } from './useStaffWorkspace';
import { FamilyCard } from './family/FamilyCard';
import { HistoryPanel } from './history/HistoryPanel';
import { ReturningMarker } from './history/ReturningMarker';
import { ReferralPanel } from './referral/ReferralPanel';
import { useSidePanel } from './useSidePanel';
import './side-panel.css';

interface Props {
  chat: ChatState;
  pending: readonly PendingMessage[];
  timezone: string;
  draft: Draft;
  onDraft(draft: Draft): void;
  api: Pick<WorkspaceApi, 'send' | 'retry' | 'close' | 'setTyping' | 'dismiss' | 'timeline' | 'history' | 'transcriptPage' | 'sendReferral'>;
  composerRef: Ref<HTMLTextAreaElement>;
  /** The signed-in counselor: a chat the visitor ended can still take their outcome, once. */
  staffId: string;
  /** Whether the newest messages are on screen (the transcript is scrolled to its end). */
  onAtEnd?(atEnd: boolean): void;
}

export function ChatView({ chat, pending, timezone, draft, onDraft, api, composerRef, staffId, onAtEnd }: Props) {
  const { t, i18n } = useTranslation('staff');
  const { t: th } = useTranslation('history');
  const { t: tr } = useTranslation('referral');
  const [closing, setClosing] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const c = chat.consultation;
  const writable = isWritable(chat);
  const returning = (c.historyCount ?? 0) > 0;
  // A returning visitor's chat opens with the earlier consultations beside it.
  const side = useSidePanel(returning && writable ? 'history' : null, { history: returning, referral: writable });
  const historyButton = useRef<HTMLButtonElement>(null);
  const referralButton = useRef<HTMLButtonElement>(null);
  const closeSide = (back: HTMLButtonElement | null) => {
    side.close();
    requestAnimationFrame(() => back?.focus());
  };
  const banner = chat.released ? t('chat.released') : c.status === 'closed' ? t(`chat.closed.${c.closeReason ?? 'counselor_closed'}`) : null;
  const handover = writable ? handoverNote(chat) : undefined;
  // The visitor left (or it went quiet): its last counselor may still sum it up, once.
  const canRecord = !writable && !chat.released && c.status === 'closed' && c.closeReason !== 'counselor_closed'
    && c.assignedStaffId === staffId && !recorded && !c.outcome && c.tags.length === 0;

  return (
    <section className="st-chat" id="st-chat-panel" role="tabpanel" aria-labelledby={`st-tab-${c.id}`}>
      <header className="st-chat__head">
        <div>
          <h2 className="st-chat__title">
            {c.nickname ? <SafeText text={c.nickname} /> : t('chat.anonymous')} <RiskBadge level={c.riskLevel} />
            {returning && <> <ReturningMarker count={c.historyCount ?? 0} /></>}
          </h2>
          <p className="st-muted st-chat__facts">
            {t(`audience.${c.audience}`)} · {t(`topic.${c.topic}`)}
            {c.requestedTeam && <> · {t('queue.team', { team: c.requestedTeam })}</>}
            {' · '}{t('chat.startedAt', { time: formatInZone(c.createdAt, timezone, i18n.language, 'datetime') })}
            {c.locale !== i18n.language && <> · {t('chat.locale', { locale: c.locale })}</>}
          </p>
          <PresenceLine consultation={c} timezone={timezone} />
          <RiskControls consultation={c} writable={writable} />
          {(returning || writable) && (
            <div className="st-chat__tools">
              {returning && (
                <button type="button" className="st-btn" ref={historyButton} aria-expanded={side.panel === 'history'}
                  aria-keyshortcuts="Alt+Y" onClick={() => side.toggle('history')} data-testid="history-toggle">
                  {th('open')} ({c.historyCount})
                </button>
              )}
              {writable && (
                <button type="button" className="st-btn" ref={referralButton} aria-expanded={side.panel === 'referral'}
                  aria-keyshortcuts="Alt+R" onClick={() => side.toggle('referral')} data-testid="referral-toggle">
                  {tr('open')}
                </button>
              )}
            </div>
          )}
        </div>
        {writable && <HandoffButton consultationId={c.id} />}
        {writable ? (
          <button type="button" className="st-btn st-btn--danger" data-testid="close-open" onClick={() => setClosing(true)}>
            {t('chat.close')}
          </button>
        ) : (
          <span className="st-chat__actions">
            {canRecord && (
              <button type="button" className="st-btn st-btn--primary" data-testid="record-outcome" onClick={() => setClosing(true)}>
                {t('outcomeLater.record')}
              </button>
            )}
            <button type="button" className="st-btn" onClick={() => api.dismiss(c.id)}>{t('chat.dismiss')}</button>
          </span>
        )}
      </header>
      <FamilyCard family={c.family} />
      <EscalationBar consultationId={c.id} writable={writable} timezone={timezone} />
      {banner && <p className="st-chat__banner" role="status">{banner}</p>}
      {recorded && <p className="st-chat__banner" role="status" data-testid="outcome-recorded">{t('outcomeLater.recorded')}</p>}
      <HandoffStatus consultationId={c.id} />
      {writable && <MonitorNotice consultationId={c.id} />}
      {handover && (
        <p className="st-handover-note" data-testid="handover-note"><strong>{t('shiftEnd.pinned')}</strong>{handover.body}</p>
      )}
      <Transcript chat={chat} pending={pending} timezone={timezone} onRetry={(id) => api.retry(c.id, id)} onAtEnd={onAtEnd} />
      <p className="st-typing" data-testid="typing-indicator" aria-live="polite" hidden={!(writable && chat.visitorTyping)}>
        {writable && chat.visitorTyping ? t('chat.typing') : ''}
      </p>
      {writable && (
        <Composer ref={composerRef} draft={draft} onDraft={onDraft} locale={c.locale}
          onSend={(body, note) => api.send(c.id, body, note ? 'staff' : 'all')}
          onTyping={(typing) => api.setTyping(c.id, typing)} />
      )}
      {side.panel === 'history' && returning && (
        <HistoryPanel consultation={c} timezone={timezone} load={api.history} page={api.transcriptPage}
          onClose={() => closeSide(historyButton.current)} focusOnOpen={side.byUser} />
      )}
      {side.panel === 'referral' && writable && (
        <ReferralPanel consultation={c} writable={writable} send={api.sendReferral} onClose={() => closeSide(referralButton.current)} />
      )}
      <TimelinePanel consultation={c} timezone={timezone} load={api.timeline} />
      <CloseDialog open={closing} mode={writable ? 'close' : 'record'} onCancel={() => setClosing(false)}
        onConfirm={async (outcome: Outcome | undefined, tags: string[]) => {
          const ack = await api.close(c.id, outcome, tags);
          if (ack.ok) {
            setClosing(false);
            if (!writable) setRecorded(true);
          }
          return ack;
        }} />
    </section>
  );
}
