import type { WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { lastSeq, mergeMessages, missedAfter, settlePending, type PendingMessage } from './message-merge';

const msg = (seq: number, extra: Partial<WireMessage> = {}): WireMessage => ({
  id: `m${seq}`, consultationId: 'c1', seq, sender: 'visitor', body: `b${seq}`, visibility: 'all', createdAt: '2025-01-01T00:00:00Z', kind: 'text', ...extra,
});
const pending = (id: string, extra: Partial<PendingMessage> = {}): PendingMessage => ({
  clientMessageId: id, body: 'x', visibility: 'all', createdAt: '2025-01-01T00:00:00Z', status: 'pending', ...extra,
});

describe('mergeMessages', () => {
  it('should sort by seq when messages arrive out of order', () => {
    const merged = mergeMessages([msg(1), msg(3)], [msg(2), msg(5), msg(4)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('should keep one copy when a replay repeats held messages', () => {
    const merged = mergeMessages([msg(1), msg(2)], [msg(2), msg(3), msg(1)]);
    expect(merged.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('should return the same array when nothing is new', () => {
    const held = [msg(1), msg(2)];
    expect(mergeMessages(held, [msg(2)])).toBe(held);
    expect(mergeMessages(held, [])).toBe(held);
  });
});

describe('lastSeq', () => {
  it('should give the highest seq, or 0 when empty', () => {
    expect(lastSeq([])).toBe(0);
    expect(lastSeq([msg(4), msg(9), msg(2)])).toBe(9);
  });
});

describe('missedAfter', () => {
  it('should ask to sync from the last held seq when a live message skips one', () => {
    expect(missedAfter([msg(1), msg(2)], msg(4))).toBe(2);
    expect(missedAfter([], msg(3))).toBe(0);
  });

  it('should ask for nothing when the message is the next one, or one already held', () => {
    expect(missedAfter([msg(1), msg(2)], msg(3))).toBeNull();
    expect(missedAfter([msg(1), msg(2)], msg(2))).toBeNull();
    expect(missedAfter([], msg(1))).toBeNull();
  });
});

describe('settlePending', () => {
  it('should drop pending messages whose clientMessageId was confirmed', () => {
    const left = settlePending([pending('a'), pending('b')], [msg(7, { sender: 'staff', clientMessageId: 'a' })]);
    expect(left.map((p) => p.clientMessageId)).toEqual(['b']);
  });

  it('should keep the same array when nothing was confirmed', () => {
    const p = [pending('a')];
    expect(settlePending(p, [msg(1)])).toBe(p);
  });
});
