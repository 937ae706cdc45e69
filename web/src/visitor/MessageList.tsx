import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItem } from './messages.reducer';
import { MessageBubble } from './MessageBubble';

export function MessageList({ items, onRetry }: { items: TimelineItem[]; onRetry(clientMessageId: string): void }) {
  const { t } = useTranslation('visitor');
  const endRef = useRef<HTMLDivElement>(null);
  const last = items.at(-1);
  // Follow the newest message, including a pending one turning into "sent".
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [items.length, last?.key, last?.status]);
  return (
    <div className="hv-log" role="log" aria-live="polite" aria-label={t('chat.log')}>
      {items.length === 0 ? (
        <p className="hv-hint hv-log__empty">{t('chat.empty')}</p>
      ) : (
        <ol className="hv-messages">
          {items.map((item) => <MessageBubble key={item.key} item={item} onRetry={onRetry} />)}
        </ol>
      )}
      <div ref={endRef} />
    </div>
  );
}
