import { describe, expect, it } from 'vitest';
import { composeTitle } from './window-title';

const base = { appName: 'ひだまり', queuedLabel: '待機中', unreadLabel: '未読' };

describe('composeTitle', () => {
  it('should be the app name alone when nothing waits', () => {
    expect(composeTitle({ ...base, queued: 0, unread: 0 })).toBe('ひだまり');
  });

  it('should lead with the waiting count when chats wait', () => {
    expect(composeTitle({ ...base, queued: 2, unread: 0 })).toBe('(2) 待機中 — ひだまり');
  });

  it('should show unread messages, with waiting first when both exist', () => {
    expect(composeTitle({ ...base, queued: 0, unread: 3 })).toBe('(3) 未読 — ひだまり');
    expect(composeTitle({ ...base, queued: 1, unread: 4 })).toBe('(1) 待機中 · (4) 未読 — ひだまり');
  });
});
