import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingMessage } from '../message-merge';
import type { ChatState } from '../workspace.reducer';
import { MessageItem } from './MessageItem';

interface Props {
  chat: ChatState;
  /** This chat's unsent messages, oldest first: shown after the transcript as sending or not sent. */
  pending: readonly PendingMessage[];
  timezone: string;
  onRetry(clientMessageId: string): void;
  /** Whether the newest messages are on screen (scrolled to the end): only then are they read. */
  onAtEnd?(atEnd: boolean): void;
}

/** The conversation, oldest first; it follows new messages unless the counselor has scrolled up to read. */
export function Transcript({ chat, pending, timezone, onRetry, onAtEnd }: Props) {
  const { t } = useTranslation('staff');
  const ref = useRef<HTMLOListElement>(null);
  const stick = useRef(true);
  const count = chat.messages.length + pending.length;
  const visitorName = chat.consultation.nickname ?? t('chat.anonymous');

  useEffect(() => {
    stick.current = true;
    onAtEnd?.(true);
  }, [chat.consultation.id, onAtEnd]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [count, chat.consultation.id]);

  return (
    <ol className="st-transcript" ref={ref} aria-live="polite" aria-label={t('chat.transcript')}
      onScroll={(e) => {
        const el = e.currentTarget;
        const atEnd = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        if (atEnd !== stick.current) onAtEnd?.(atEnd);
        stick.current = atEnd;
      }}>
      {count === 0 && <li className="st-muted">{t('chat.noMessages')}</li>}
      {chat.messages.map((m) => (
        <MessageItem key={m.id} kind="sent" message={m} visitorName={visitorName} timezone={timezone} />
      ))}
      {pending.map((p) => (
        <MessageItem key={p.clientMessageId} kind="pending" pending={p} timezone={timezone} onRetry={() => onRetry(p.clientMessageId)} />
      ))}
    </ol>
  );
}
