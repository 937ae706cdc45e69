import type { ConsultationView, QueueItem, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { unreadCount } from './unread';
import { initialWorkspace, isWritable, workspaceReducer as reduce, type WorkspaceState } from './workspace.reducer';

const consultation = (id: string, extra: Partial<ConsultationView> = {}): ConsultationView => ({
  id, status: 'active', audience: 'self', topic: 'other', locale: 'ja', riskLevel: 'none', priority: 0,
  createdAt: '2025-01-01T00:00:00Z', tags: [], lastSeq: 0, ...extra,
});
const msg = (id: string, seq: number, extra: Partial<WireMessage> = {}): WireMessage => ({
  id: `${id}-${seq}`, consultationId: id, seq, sender: 'visitor', body: 'b', visibility: 'all', createdAt: '2025-01-01T00:00:00Z', kind: 'text', ...extra,
});
const item = (id: string): QueueItem => ({
  consultationId: id, audience: 'self', topic: 'other', riskLevel: 'none', priority: 0, createdAt: '2025-01-01T00:00:00Z',
});

function withChats(...ids: string[]): WorkspaceState {
  return ids.reduce((s, id) => reduce(s, { type: 'claimed', consultation: consultation(id), messages: [msg(id, 1)] }), initialWorkspace(true));
}

describe('workspaceReducer', () => {
  it('should open a claimed chat as the active tab, read, and out of the queue', () => {
    let s = reduce(initialWorkspace(true), { type: 'queue', items: [item('a'), item('b')] });
    s = reduce(s, { type: 'claimed', consultation: consultation('a'), messages: [msg('a', 1), msg('a', 2)] });
    expect(s.activeId).toBe('a');
    expect(s.order).toEqual(['a']);
    expect(s.queue.map((i) => i.consultationId)).toEqual(['b']);
    expect(unreadCount(s.chats.a!.messages, s.chats.a!.lastReadSeq)).toBe(0);
  });

  it('should count new visitor messages as unread until marked read, and stop the typing mark', () => {
    let s = reduce(withChats('a'), { type: 'typing', consultationId: 'a', typing: true });
    s = reduce(s, { type: 'messages', consultationId: 'a', messages: [msg('a', 2), msg('a', 3)] });
    expect(unreadCount(s.chats.a!.messages, s.chats.a!.lastReadSeq)).toBe(2);
    expect(s.chats.a!.visitorTyping).toBe(false);
    s = reduce(s, { type: 'mark-read', consultationId: 'a' });
    expect(unreadCount(s.chats.a!.messages, s.chats.a!.lastReadSeq)).toBe(0);
  });

  it('should release chats missing from the list after a reconnect, and add new ones with their read marks', () => {
    let s = withChats('a', 'b');
    s = reduce(s, { type: 'listed', consultations: [consultation('b'), consultation('c')], readMarks: { c: 4 } });
    expect(s.chats.a!.released).toBe(true);
    expect(s.chats.b!.released).toBe(false);
    expect(s.chats.c!.lastReadSeq).toBe(4);
    expect(s.order).toEqual(['a', 'b', 'c']);
  });

  it('should release a chat that was put back in the queue, and keep a closed one read-only', () => {
    let s = reduce(withChats('a', 'b'), { type: 'updated', consultation: consultation('a', { status: 'queued' }) });
    s = reduce(s, { type: 'updated', consultation: consultation('b', { status: 'closed', closeReason: 'visitor_left' }) });
    expect(isWritable(s.chats.a!)).toBe(false);
    expect(s.chats.b!.released).toBe(false);
    expect(isWritable(s.chats.b!)).toBe(false);
  });

  it('should ignore updates and messages for chats it does not hold', () => {
    const s = withChats('a');
    expect(reduce(s, { type: 'messages', consultationId: 'x', messages: [msg('x', 1)] })).toBe(s);
    expect(reduce(s, { type: 'updated', consultation: consultation('x') })).toBe(s);
  });

  it('should move focus to the first tab when the active chat is dismissed', () => {
    let s = reduce(withChats('a', 'b'), { type: 'activate', consultationId: 'b' });
    s = reduce(s, { type: 'dismiss', consultationId: 'b' });
    expect(s.order).toEqual(['a']);
    expect(s.activeId).toBe('a');
  });
});
