import { useTranslation } from 'react-i18next';
import { isolatedText } from '../lib/invisible-chars';
import { SafeText } from '../lib/safe-text';
import type { TimelineItem } from './messages.reducer';
import { ReferralCard } from './ReferralCard';
import { errorKey } from './visitor-text';

function timeOf(iso: string, lang: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString(lang === 'en' ? 'en-US' : 'ja-JP', { hour: 'numeric', minute: '2-digit' });
}

export function MessageBubble({ item, onRetry }: { item: TimelineItem; onRetry(clientMessageId: string): void }) {
  const { t, i18n } = useTranslation('visitor');
  // The role is said by the page in the visitor's language ("相談員 はる"), never taken from the name.
  const who = item.sender === 'visitor' ? t('chat.you') : item.sender === 'system' ? t('chat.system')
    : item.senderName ? t('chat.staffName', { name: isolatedText(item.senderName) }) : t('chat.counselorFallback');
  return (
    <li
      className={`hv-msg hv-msg--${item.sender}${item.card ? ' hv-msg--card' : ''}`} data-testid="message" data-sender={item.sender}
      data-status={item.status} data-kind={item.card ? 'card' : undefined}
    >
      <span className={item.sender === 'staff' ? 'hv-msg__who' : 'visually-hidden'}>{who}</span>
      {/* A referral card is drawn as a card; its plain-text body is only for clients that cannot. */}
      {item.card ? <ReferralCard card={item.card} headingLevel={2} /> : <p className="hv-msg__body"><SafeText text={item.body} /></p>}
      <p className="hv-msg__meta">
        <time dateTime={item.createdAt}>{timeOf(item.createdAt, i18n.language)}</time>
        {item.status === 'pending' && <span> · {t('chat.sending')}</span>}
        {item.status === 'sent' && <span> · {t('chat.sent')}</span>}
        {item.status === 'read' && <span className="hv-msg__read" data-testid="read-mark"> · {t('chat.read')}</span>}
        {item.status === 'failed' && <span className="hv-msg__failed"> · {t('chat.failed')}</span>}
      </p>
      {item.status === 'failed' && item.clientMessageId && (
        <p className="hv-msg__retry">
          {item.errorCode && <span className="hv-hint">{t(errorKey('send', item.errorCode))} </span>}
          <button type="button" className="hv-link-button" onClick={() => onRetry(item.clientMessageId ?? '')}>
            {t('chat.retry')}
          </button>
        </p>
      )}
    </li>
  );
}
