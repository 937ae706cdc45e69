import { describe, expect, it } from 'vitest';
import { nextBatch } from './append-order.rules.js';

const q = (...keys: string[]) => keys.map((key, i) => ({ key, n: i }));

describe('append order', () => {
  it('should take waiting messages in arrival order when no consultation is being written', () => {
    const { batch, rest } = nextBatch(q('a', 'b', 'a', 'c'), new Set(), 10);
    expect(batch.map((m) => m.n)).toEqual([0, 1, 2, 3]);
    expect(rest).toEqual([]);
  });

  it('should leave every message of a consultation waiting when a write of it is in flight', () => {
    const { batch, rest } = nextBatch(q('a', 'b', 'a', 'c', 'b'), new Set(['b']), 10);
    expect(batch.map((m) => m.n)).toEqual([0, 2, 3]);
    expect(rest.map((m) => m.n)).toEqual([1, 4]);
  });

  it('should keep the later messages of a consultation cut by the batch limit waiting behind it when the batch is full', () => {
    const { batch, rest } = nextBatch(q('a', 'b', 'a', 'b', 'c'), new Set(), 3);
    expect(batch.map((m) => m.n)).toEqual([0, 1, 2]);
    expect(rest.map((m) => [m.key, m.n])).toEqual([['b', 3], ['c', 4]]);
  });

  it('should take nothing when every waiting consultation is being written', () => {
    const { batch, rest } = nextBatch(q('a', 'a'), new Set(['a']), 10);
    expect(batch).toEqual([]);
    expect(rest.map((m) => m.n)).toEqual([0, 1]);
  });
});
