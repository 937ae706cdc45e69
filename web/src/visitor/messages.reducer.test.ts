import type { WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import {
  emptyMessages, lastSeq, mergeBySeq, messagesReducer, timeline, type MessagesState, type PendingMessage, withNotes,
} from './messages.reducer';

const msg = (seq: number, patch: Partial<WireMessage> = {}): WireMessage => ({
  id: `m${seq}`,
  consultationId: 'c1',
  seq,
  sender: 'staff',
  body: `body ${seq}`,
  visibility: 'all',
  createdAt: `2025-01-01T00:00:0${seq % 10}Z`,
  kind: 'text',
  ...patch,
});
const pending = (id: string, patch: Partial<PendingMessage> = {}): PendingMessage => ({
  clientMessageId: id, body: `text ${id}`, createdAt: '2025-01-01T00:00:00Z', status: 'pending', ...patch,
});

describe('mergeBySeq', () => {
  it('should order messages by seq when they arrive out of order', () => {
    const merged = mergeBySeq([msg(2)], [msg(4), msg(1), msg(3)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('should drop duplicates when the same seq or id arrives twice', () => {
    const merged = mergeBySeq([msg(1), msg(2)], [msg(2), msg(3), msg(3), msg(9, { id: 'm1' })]);
    expect(merged.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('should return the same array when nothing is new', () => {
    const existing = [msg(1)];
    expect(mergeBySeq(existing, [msg(1)])).toBe(existing);
  });

  it('should never keep staff-only messages when one slips through', () => {
    expect(mergeBySeq([], [msg(1, { visibility: 'staff' }), msg(2)]).map((m) => m.seq)).toEqual([2]);
  });
});

describe('messagesReducer', () => {
  it('should turn a pending message into a sent one when its ack arrives', () => {
    let state = messagesReducer(emptyMessages(), { type: 'queued', message: pending('a') });
    expect(timeline(state)).toMatchObject([{ key: 'a', status: 'pending' }]);
    state = messagesReducer(state, { type: 'received', messages: [msg(1, { sender: 'visitor', clientMessageId: 'a', body: 'text a' })] });
    expect(state.pending).toEqual([]);
    expect(timeline(state)).toMatchObject([{ key: 'a', status: 'sent', body: 'text a' }]);
  });

  it('should keep other pending messages when one is acknowledged', () => {
    let state: MessagesState = emptyMessages([pending('a'), pending('b')]);
    state = messagesReducer(state, { type: 'received', messages: [msg(1, { sender: 'visitor', clientMessageId: 'b' })] });
    expect(state.pending.map((p) => p.clientMessageId)).toEqual(['a']);
  });

  it('should mark a message failed and back to pending when retried', () => {
    let state = emptyMessages([pending('a')]);
    state = messagesReducer(state, { type: 'failed', clientMessageId: 'a', errorCode: 'RATE_LIMITED' });
    expect(state.pending[0]).toMatchObject({ status: 'failed', errorCode: 'RATE_LIMITED' });
    state = messagesReducer(state, { type: 'retrying', clientMessageId: 'a' });
    expect(state.pending[0]?.status).toBe('pending');
    expect(state.pending[0]?.errorCode).toBeUndefined();
  });

  it('should not queue the same clientMessageId twice', () => {
    const state = messagesReducer(emptyMessages([pending('a')]), { type: 'queued', message: pending('a') });
    expect(state.pending).toHaveLength(1);
  });

  it('should return the same state when a received batch changes nothing', () => {
    const state: MessagesState = { confirmed: [msg(1)], pending: [] };
    expect(messagesReducer(state, { type: 'received', messages: [msg(1)] })).toBe(state);
  });

  it('should show pending messages after committed ones', () => {
    const state: MessagesState = { confirmed: [msg(2), msg(3, { sender: 'visitor' })], pending: [pending('z')] };
    expect(timeline(state).map((i) => [i.key, i.status])).toEqual([['m2', undefined], ['m3', 'sent'], ['z', 'pending']]);
  });

  it('should empty everything when reset', () => {
    const state = messagesReducer({ confirmed: [msg(1)], pending: [pending('a')] }, { type: 'reset' });
    expect(state).toEqual({ confirmed: [], pending: [] });
  });
});

describe('lastSeq', () => {
  it('should be 0 when there are no messages and the highest seq otherwise', () => {
    expect(lastSeq(emptyMessages())).toBe(0);
    expect(lastSeq({ confirmed: mergeBySeq([], [msg(7), msg(3)]), pending: [] })).toBe(7);
  });
});

describe('read marks and notes', () => {
  it('should mark own messages read up to the seq the counselor has seen, and no further', () => {
    const state: MessagesState = { confirmed: [msg(1, { sender: 'visitor' }), msg(2), msg(3, { sender: 'visitor' })], pending: [pending('z')] };
    expect(timeline(state, 2).map((i) => i.status)).toEqual(['read', undefined, 'sent', 'pending']);
  });

  it('should place each note after the message it followed and before unsent ones', () => {
    const state: MessagesState = { confirmed: [msg(1, { sender: 'visitor' }), msg(2)], pending: [pending('z')] };
    const notes = [{ key: 'n0', afterSeq: 1, kind: 'joined' as const, name: 'はる' }, { key: 'n1', afterSeq: 2, kind: 'changed' as const, name: 'あき' }];
    const order = withNotes(timeline(state), notes).map((e) => (e.type === 'note' ? e.note.key : e.item.key));
    expect(order).toEqual(['m1', 'n0', 'm2', 'n1', 'z']);
  });
  it('should carry a referral card on its item, and only for a message of kind card', () => {
    const card = { serviceId: '00000000-0000-4000-8000-000000000001', kind: 'ibasho' as const, name: '居場所', area: { prefecture: '東京都' }, description: '' };
    const state: MessagesState = { confirmed: [msg(1, { kind: 'card', card }), msg(2, { card })], pending: [] };
    expect(timeline(state).map((i) => i.card)).toEqual([card, undefined]);
  });
});
