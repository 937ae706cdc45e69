import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatNote } from './chat-notes';
import { withNotes, type TimelineItem } from './messages.reducer';
import { MessageBubble } from './MessageBubble';
import { isolatedText } from '../lib/invisible-chars';

interface Props {
  items: TimelineItem[];
  notes: readonly ChatNote[];
  counselorTyping: boolean;
  /**
   * Follow every new line (a chat in progress). Otherwise (waiting) only the visitor's own new message is followed:
   * the place in line and the wait stay in view, not scrolled away by the transcript arriving.
   */
  follow: boolean;
  onRetry(clientMessageId: string): void;
}

/** The conversation, with who-is-answering lines among the messages and the typing line last. */
export function MessageList({ items, notes, counselorTyping, follow, onRetry }: Props) {
  const { t } = useTranslation('visitor');
  const endRef = useRef<HTMLDivElement>(null);
  const entries = withNotes(items, notes);
  const last = items.at(-1);
  // Follow the newest message, including a pending one turning into "sent": the end mark's scroll margin is the
  // composer's height (use-composer-height), so the last line and its status land above the composer, not under it.
  const own = last?.status === 'pending' || last?.status === 'failed';
  useLayoutEffect(() => {
    if (follow || own) endRef.current?.scrollIntoView({ block: 'end' });
  }, [entries.length, last?.key, last?.status, counselorTyping, follow, own]);
  useFollowOnResize(endRef);
  return (
    <div className="hv-log" role="log" aria-live="polite" aria-label={t('chat.log')}>
      {entries.length === 0 ? (
        <p className="hv-hint hv-log__empty">{t('chat.empty')}</p>
      ) : (
        <ol className="hv-messages">
          {entries.map((e) => (e.type === 'message' ? (
            <MessageBubble key={e.item.key} item={e.item} onRetry={onRetry} />
          ) : (
            <li key={e.note.key} className="hv-note" data-testid="chat-note" data-kind={e.note.kind}>{noteText(t, e.note)}</li>
          )))}
        </ol>
      )}
      {counselorTyping && (
        <p className="hv-typing" data-testid="typing-indicator">
          <span className="hv-typing__dots" aria-hidden="true"><span /><span /><span /></span>
          {t('chat.typing')}
        </p>
      )}
      <div ref={endRef} className="hv-log__end" />
    </div>
  );
}

function noteText(t: (key: string, values?: Record<string, string>) => string, note: ChatNote): string {
  if (note.kind === 'requeued') return t(`chat.noteRequeued.${note.reason ?? 'counselor_disconnected'}`);
  return t(note.kind === 'joined' ? 'chat.noteJoined' : 'chat.noteChanged', { name: note.name ? isolatedText(note.name) : t('chat.counselorFallback') });
}

/**
 * When the on-screen keyboard opens (the visual viewport shrinks) while the visitor is writing, the newest message is
 * brought back above the composer; reading further up is left alone.
 */
function useFollowOnResize(endRef: React.RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const onResize = () => {
      const active = document.activeElement;
      if (active instanceof HTMLTextAreaElement && active.closest('.hv-composer')) endRef.current?.scrollIntoView({ block: 'end' });
    };
    const vv = window.visualViewport;
    vv?.addEventListener('resize', onResize);
    window.addEventListener('resize', onResize);
    return () => {
      vv?.removeEventListener('resize', onResize);
      window.removeEventListener('resize', onResize);
    };
  }, [endRef]);
}
