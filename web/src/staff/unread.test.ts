import type { SenderKind, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { totalUnread, unreadCount } from './unread';

const msg = (seq: number, sender: SenderKind): WireMessage => ({
  id: `m${seq}`, consultationId: 'c1', seq, sender, body: 'b', visibility: 'all', createdAt: '2025-01-01T00:00:00Z', kind: 'text',
});

describe('unreadCount', () => {
  it('should count visitor messages after the last read seq', () => {
    const messages = [msg(1, 'visitor'), msg(2, 'visitor'), msg(3, 'visitor')];
    expect(unreadCount(messages, 1)).toBe(2);
    expect(unreadCount(messages, 3)).toBe(0);
    expect(unreadCount(messages, 0)).toBe(3);
  });

  it('should not count staff or system messages', () => {
    expect(unreadCount([msg(1, 'staff'), msg(2, 'system'), msg(3, 'visitor')], 0)).toBe(1);
  });
});

describe('totalUnread', () => {
  it('should add the unread counts of every chat', () => {
    const a = { messages: [msg(1, 'visitor'), msg(2, 'visitor')], lastReadSeq: 0 };
    const b = { messages: [msg(1, 'visitor'), msg(2, 'staff'), msg(3, 'visitor')], lastReadSeq: 1 };
    expect(totalUnread([a, b])).toBe(3);
    expect(totalUnread([])).toBe(0);
  });
});
