import type { QueueItem } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { countdown, orderForMe, preferredArrivals, preferredLine } from './preferred-text';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const item = (id: string, staffId?: string): QueueItem => ({
  consultationId: id, audience: 'self', topic: 'other', riskLevel: 'none', priority: 0, createdAt: '2026-12-01T09:50:00Z',
  ...(staffId ? { preferred: { staffId, name: 'はる', mode: 'first', until: '2026-12-01T10:03:00Z' } } : {}),
});

describe('preferred counselor texts', () => {
  it('should count down as m:ss when less than an hour is left', () => {
    expect(countdown('2026-12-01T10:02:05Z', NOW)).toBe('2:05');
    expect(countdown('2026-12-01T10:00:09.900Z', NOW)).toBe('0:09');
  });

  it('should show hours when an hour or more is left and 0:00 when the time has passed', () => {
    expect(countdown('2026-12-01T11:01:02Z', NOW)).toBe('1:01:02');
    expect(countdown('2026-12-01T09:59:00Z', NOW)).toBe('0:00');
  });

  it('should show the countdown when the chat is offered first', () => {
    expect(preferredLine({ staffId: 's', name: 'はる', mode: 'first', until: '2026-12-01T10:03:00Z' }, NOW))
      .toEqual({ key: 'queue.preferred.first', name: 'はる', left: '3:00' });
  });

  it('should name the next shift when the visitor waits or leaves a message and the server sent it', () => {
    const p = { staffId: 's', name: 'はる', until: '2026-12-03T22:00:00Z', nextShiftAt: '2026-12-03T10:00:00Z' };
    expect(preferredLine({ ...p, mode: 'wait' }, NOW)).toEqual({ key: 'queue.preferred.waitNext', name: 'はる', at: '2026-12-03T10:00:00Z' });
    expect(preferredLine({ ...p, mode: 'message' }, NOW).key).toBe('queue.preferred.messageNext');
  });

  it('should fall back to the end of the reservation when no next shift was sent', () => {
    expect(preferredLine({ staffId: 's', name: 'はる', mode: 'wait', until: '2026-12-03T22:00:00Z' }, NOW))
      .toEqual({ key: 'queue.preferred.waitUntil', name: 'はる', at: '2026-12-03T22:00:00Z' });
  });

  it('should put the chats reserved for me on top and keep the rest in the server order', () => {
    const items = [item('a'), item('b', 'other'), item('c', 'me'), item('d'), item('e', 'me')];
    expect(orderForMe(items, 'me').map((i) => i.consultationId)).toEqual(['c', 'e', 'a', 'b', 'd']);
    expect(orderForMe(items, 'nobody').map((i) => i.consultationId)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('should alert each chat reserved for me once when the queue is sent again', () => {
    const items = [item('a', 'me'), item('b', 'other'), item('c', 'me')];
    expect(preferredArrivals(items, 'me', new Set()).map((i) => i.consultationId)).toEqual(['a', 'c']);
    expect(preferredArrivals(items, 'me', new Set(['a', 'c']))).toEqual([]);
  });
});
