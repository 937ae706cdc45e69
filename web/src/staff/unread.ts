import type { WireMessage } from '@hidamari/shared';

/** Messages that ask for the counselor's attention: what the visitor wrote after the last one read. */
export function unreadCount(messages: readonly WireMessage[], lastReadSeq: number): number {
  let n = 0;
  for (const m of messages) if (m.sender === 'visitor' && m.seq > lastReadSeq) n++;
  return n;
}

/** Sum over chats, for the window title. */
export function totalUnread(chats: Iterable<{ messages: readonly WireMessage[]; lastReadSeq: number }>): number {
  let n = 0;
  for (const c of chats) n += unreadCount(c.messages, c.lastReadSeq);
  return n;
}
