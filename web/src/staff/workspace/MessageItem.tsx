import type { WireMessage } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { SafeText } from '../../lib/safe-text';
import type { PendingMessage } from '../message-merge';
import { formatInZone } from '../service-status';
import { ReferralCardView } from './referral/ReferralCardView';

type Props =
  | { kind: 'sent'; message: WireMessage; visitorName: string; timezone: string; /** Show the date too (an earlier consultation's record). */ dated?: boolean }
  | { kind: 'pending'; pending: PendingMessage; timezone: string; onRetry(): void };

/** One transcript line. Visitor left, staff right, system centred, staff-only notes on their own tint with a label. */
export function MessageItem(p: Props) {
  const { t, i18n } = useTranslation('staff');
  const sender = p.kind === 'sent' ? p.message.sender : 'staff';
  const visibility = p.kind === 'sent' ? p.message.visibility : p.pending.visibility;
  const body = p.kind === 'sent' ? p.message.body : p.pending.body;
  const createdAt = p.kind === 'sent' ? p.message.createdAt : p.pending.createdAt;
  const status = p.kind === 'pending' ? p.pending.status : sender === 'staff' ? 'sent' : 'received';
  const note = visibility === 'staff';
  const card = p.kind === 'sent' && p.message.kind === 'card' ? p.message.card : undefined;
  const who =
    sender === 'system' ? null
    : sender === 'visitor' ? (p.kind === 'sent' ? p.visitorName : '')
    : p.kind === 'sent' && p.message.senderName ? p.message.senderName : t('chat.you');

  return (
    <li className={`st-msg st-msg--${sender}${note ? ' st-msg--note' : ''} st-msg--${status}${card ? ' st-msg--card' : ''}`} data-testid="message"
      data-sender={sender} data-visibility={visibility} data-status={status} data-kind={p.kind === 'sent' ? p.message.kind : 'text'}>
      {note && <p className="st-msg__label">{t('chat.noteLabel')}</p>}
      {/* Names and bodies come from other people: isolated, with hidden formatting characters shown. */}
      {who && <p className="st-msg__who"><SafeText text={who} /></p>}
      {/* A referral card shows as the card; its body (the same in plain words) is for older clients. */}
      {card ? <ReferralCardView card={card} /> : <p className="st-msg__body"><SafeText text={body} /></p>}
      <p className="st-msg__meta">
        <time dateTime={createdAt}>{formatInZone(createdAt, p.timezone, i18n.language, p.kind === 'sent' && p.dated ? 'datetime' : 'time')}</time>
        {sender === 'staff' && <span className="st-msg__status">{t(`chat.status.${status}`)}</span>}
        {p.kind === 'pending' && p.pending.status === 'failed' && (
          <button type="button" className="st-btn st-btn--link" onClick={p.onRetry}>{t('chat.retry')}</button>
        )}
      </p>
    </li>
  );
}
