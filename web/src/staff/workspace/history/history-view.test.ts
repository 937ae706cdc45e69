import type { HistoryConsultation, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { loadTranscript, newestFirst, type TranscriptPage } from './history-view';

const h = (id: string, createdAt: string): HistoryConsultation => ({
  id, createdAt, closedAt: null, topic: 'other', audience: 'self', outcome: null, tags: [], counselorName: null, hasTranscript: true,
});
const m = (seq: number): WireMessage => ({
  id: `m${seq}`, consultationId: 'c', seq, sender: 'visitor', body: `b${seq}`, visibility: 'all', createdAt: '2026-12-01T00:00:00Z', kind: 'text',
});

describe('history view', () => {
  it('should list the latest consultation first when the server sends them oldest first', () => {
    const list = [h('a', '2026-10-01T10:00:00Z'), h('b', '2026-11-01T10:00:00Z'), h('c', '2026-11-20T10:00:00Z')];
    expect(newestFirst(list).map((c) => c.id)).toEqual(['c', 'b', 'a']);
    expect(list.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('should keep the later-sent one first when two started at the same moment', () => {
    expect(newestFirst([h('a', '2026-10-01T10:00:00Z'), h('b', '2026-10-01T10:00:00Z')]).map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('should page through the transcript from the last seq while the server has more', async () => {
    const asked: number[] = [];
    const pages: Record<number, TranscriptPage> = {
      0: { ok: true, messages: [m(1), m(2)], hasMore: true },
      2: { ok: true, messages: [m(3)], hasMore: false },
    };
    const all = await loadTranscript(async (after) => {
      asked.push(after);
      return pages[after]!;
    });
    expect(asked).toEqual([0, 2]);
    expect(all.map((x) => x.seq)).toEqual([1, 2, 3]);
  });

  it('should fail with the server error when a page is refused', async () => {
    await expect(loadTranscript(async () => ({ ok: false, error: { code: 'FORBIDDEN', message: 'no' } })))
      .rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
