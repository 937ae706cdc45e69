import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceStatus } from '../service-status';
import { useSession, useStaff } from '../session';
import type { ShortcutAction } from '../shortcuts';
import { lastSeq, type PendingMessage } from '../message-merge';
import { totalUnread } from '../unread';
import { isWritable, type ChatState } from '../workspace.reducer';
import { ChatTabs } from './ChatTabs';
import { ChatView } from './ChatView';
import type { Draft } from './Composer';
import { DutyToggle } from './DutyToggle';
import { QueuePanel } from './QueuePanel';
import { ShiftEndingBanner } from './ShiftEndingBanner';
import { ShiftEndPanel } from './ShiftEndPanel';
import { HandoffProvider } from './handoff/HandoffContext';
import { ShortcutHelp } from './ShortcutHelp';
import './shift-end.css';
import './workspace-ux.css';
import { LogoutDialog } from './LogoutDialog';
import { NotifyPrompt, NotifyToggle } from './NotifyControls';
import { inBackground, useDesktopNotifier } from './useDesktopNotifier';
import type { WorkspaceAlert } from './useStaffWorkspace';
import { StaffHeader } from './StaffHeader';
import { useSound, useWindowFocused, useWindowTitle } from './useAlerts';
import { useShortcuts } from './useShortcuts';
import { useStaffWorkspace } from './useStaffWorkspace';
import { useTakeQueue } from './useTakeQueue';
import { isolatedText } from '../../lib/invisible-chars';

const EMPTY_DRAFT: Draft = { text: '', note: false };
const NO_PENDING: readonly PendingMessage[] = [];

/** The counselor's screen: queue on the left, my chats on the right; nothing covers the queue. */
export function Workspace() {
  const { t } = useTranslation('staff');
  const staff = useStaff();
  const { expire } = useSession();
  const { timezone } = useServiceStatus();
  const sound = useSound();
  const desktop = useDesktopNotifier();
  const activateRef = useRef<(id: string) => void>(() => {});
  const onNotify = useCallback((e: WorkspaceAlert) => {
    if (!inBackground()) return;
    const { notifier } = desktop;
    if (e.kind === 'preferred') {
      // A returning visitor asked for this counselor: said by name, so it is not taken for any new chat.
      const first = e.items[0]!;
      notifier.notify(t('notify.preferredChat'), t('notify.preferredChatBody', { topic: t(`topic.${first.topic}`) }), `queue-${first.consultationId}`, () => {});
    } else if (e.kind === 'queue') {
      const first = e.items[0]!;
      const body = t('notify.newChatBody', { topic: t(`topic.${first.topic}`), audience: t(`audience.${first.audience}`) });
      notifier.notify(t('notify.newChat'), body, `queue-${first.consultationId}`, () => {});
    } else {
      const name = e.consultation.nickname ? isolatedText(e.consultation.nickname) : t('chat.anonymous');
      // The message itself stays off the desktop: a notification can be read by anyone passing the screen.
      notifier.notify(t('notify.newMessage', { name }), t('notify.newMessageBody'), `chat-${e.consultation.id}`, () => activateRef.current(e.consultation.id));
    }
  }, [desktop, t]);
  const ws = useStaffWorkspace({ staffId: staff.id, initialOnDuty: staff.onDuty, onUnauthenticated: expire, onAlert: sound.alert, onNotify });
  const { state } = ws;
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [helpOpen, setHelpOpen] = useState(false);
  const [atEnd, setAtEnd] = useState(true);
  const [loggingOut, setLoggingOut] = useState<(() => void) | null>(null);
  const queueRef = useRef<HTMLElement>(null);
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const focused = useWindowFocused();

  const chats = state.order.map((id) => state.chats[id]).filter((c): c is ChatState => c !== undefined);
  const active = state.activeId ? state.chats[state.activeId] : undefined;
  const activeSeq = active ? lastSeq(active.messages) : 0;
  const { markRead, activate, setDuty } = ws;
  const held = chats.filter(isWritable);
  useEffect(() => {
    activateRef.current = activate;
  }, [activate]);

  useWindowTitle(state.queueTotal, totalUnread(chats));
  useEffect(() => {
    // Read only what is on screen: the active chat, in the focused window, scrolled to its newest messages.
    if (state.activeId && focused && atEnd) markRead(state.activeId);
  }, [state.activeId, activeSeq, focused, atEnd, markRead]);

  const onTaken = useCallback(() => requestAnimationFrame(() => composerRef.current?.focus()), []);
  const taker = useTakeQueue(ws.claim, onTaken);
  const setDraft = (id: string, d: Draft) => setDrafts((all) => ({ ...all, [id]: d }));

  useShortcuts((a: ShortcutAction) => {
    switch (a.type) {
      case 'switch-chat': {
        const id = state.order[a.index];
        if (id) activate(id);
        return;
      }
      case 'take-next': {
        // The top of the queue is the most urgent; among equals, the longest waiting.
        const first = state.queue[0];
        if (first) void taker.take(first.consultationId);
        return;
      }
      case 'toggle-note':
        if (active) setDraft(active.consultation.id, { ...(drafts[active.consultation.id] ?? EMPTY_DRAFT), note: !drafts[active.consultation.id]?.note });
        return;
      case 'focus-queue':
        return queueRef.current?.focus();
      case 'focus-composer':
        return composerRef.current?.focus();
      case 'help':
        return setHelpOpen((o) => !o);
    }
  });

  return (
    <div className="st-shell">
      <StaffHeader page="workspace" beforeLogout={(proceed) => {
        if (held.length === 0) return false;
        setLoggingOut(() => proceed);
        return true;
      }}>
        <DutyToggle onDuty={state.onDuty} setDuty={setDuty} />
        <button type="button" className="st-btn st-btn--quiet" aria-pressed={!sound.muted} data-testid="sound-toggle" onClick={sound.toggleMute}>
          {sound.muted ? t('header.soundOff') : t('header.soundOn')}
        </button>
        <NotifyToggle notifier={desktop.notifier} state={desktop.state} />
        <span className="st-help-anchor">
          <button type="button" className="st-btn st-btn--quiet" aria-expanded={helpOpen} onClick={() => setHelpOpen((o) => !o)}
            aria-label={t('help.title')}>?</button>
          <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
        </span>
      </StaffHeader>
      {state.connection !== 'online' && (
        <p className={`st-conn st-conn--${state.connection}`} role="status">{t(`connection.${state.connection}`)}</p>
      )}
      <NotifyPrompt notifier={desktop.notifier} state={desktop.state} onDuty={state.onDuty} />
      <LogoutDialog open={loggingOut !== null} held={held} handover={ws.handover} onCancel={() => setLoggingOut(null)}
        onLogout={() => {
          const proceed = loggingOut;
          setLoggingOut(null);
          proceed?.();
        }} />
      {ws.shiftEnd.ending && <ShiftEndingBanner ending={ws.shiftEnd.ending} timezone={timezone} onDismiss={ws.dismissShiftEnding} />}
      <HandoffProvider socket={ws.socket} staffId={staff.id} onAdopt={ws.adopt} onAlert={sound.alert}>
      <main className="st-workspace">
        <h1 className="st-sr-only">{t('workspace.heading')}</h1>
        <QueuePanel ref={queueRef} timezone={timezone} items={state.queue} total={state.queueTotal} loaded={state.queueLoaded} onDuty={state.onDuty}
          taking={taker.taking} errors={taker.errors} notice={taker.notice} onTake={(id) => void taker.take(id)}
          onGoOnDuty={() => { taker.dismissNotice(); void setDuty(true); }} onDismissNotice={taker.dismissNotice} />
        <section className="st-chats" aria-label={t('chats.title')}>
          {ws.shiftEnd.ended && !ws.shiftEnd.aside && <ShiftEndPanel chats={held} onDuty={state.onDuty} api={ws} />}
          <ChatTabs chats={chats} activeId={state.activeId} onSelect={activate} />
          {active ? (
            <ChatView key={active.consultation.id} chat={active} staffId={staff.id} onAtEnd={setAtEnd} pending={ws.pending[active.consultation.id] ?? NO_PENDING} timezone={timezone} api={ws} composerRef={composerRef}
              draft={drafts[active.consultation.id] ?? EMPTY_DRAFT} onDraft={(d) => setDraft(active.consultation.id, d)} />
          ) : (
            <div className="st-chats__empty">
              <p>{t('chats.empty')}</p>
              <p className="st-muted">{t('chats.emptyHint')}</p>
            </div>
          )}
        </section>
      </main>
      </HandoffProvider>
    </div>
  );
}
