import type { ReferralCard, SenderKind, Visibility, WireMessage } from '@hidamari/shared';
import type { MessageRow } from './message.repository.js';

export function toWireMessage(m: MessageRow): WireMessage {
  const w: WireMessage = {
    id: m.id,
    consultationId: m.consultationId,
    seq: m.seq,
    sender: m.sender as SenderKind,
    body: m.body,
    visibility: m.visibility as Visibility,
    createdAt: new Date(m.createdAt).toISOString(),
    // Every message the server writes is `system`; a card is only ever a counselor's (referral:send).
    kind: m.sender === 'system' ? 'system' : m.kind,
  };
  if (m.kind === 'card' && m.card) w.card = JSON.parse(m.card) as ReferralCard;
  if (m.senderName) w.senderName = m.senderName;
  if (m.clientMessageId) w.clientMessageId = m.clientMessageId;
  return w;
}
