import { describe, expect, it } from 'vitest';
import {
  averageHandleSeconds, compareQueued, DEFAULT_HANDLE_SECONDS, estimateWait, PICKUP_SECONDS, standings, type Capacity, type Queued,
} from './queue.rules.js';

const at = (min: number) => new Date(Date.UTC(2026, 0, 1, 0, min));
const q = (id: string, riskLevel: Queued['riskLevel'], priority: number, min: number): Queued => ({ id, riskLevel, priority, createdAt: at(min) });
const cap = (over: Partial<Capacity> = {}): Capacity => ({
  onDuty: 2, freeSlots: 0, totalSlots: 6, avgHandleSeconds: 1200, secondsUntilOpening: null, ...over,
});

describe('compareQueued', () => {
  it('should put higher risk first even when it arrived later', () => {
    const list = [q('a', 'none', 0, 1), q('b', 'high', 0, 5), q('c', 'elevated', 0, 3)].sort(compareQueued);
    expect(list.map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });

  it('should order by priority then arrival when risk is equal', () => {
    const list = [q('a', 'none', 0, 1), q('b', 'none', 1, 5), q('c', 'none', 0, 0)].sort(compareQueued);
    expect(list.map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('estimateWait', () => {
  it('should give the pickup time when a free slot awaits this position', () => {
    expect(estimateWait(2, cap({ freeSlots: 2 }))).toBe(PICKUP_SECONDS);
  });

  it('should grow with the number waiting beyond the free slots', () => {
    // 3 beyond free slots, a slot frees every 1200/6 = 200 s.
    expect(estimateWait(4, cap({ freeSlots: 1 }))).toBe(PICKUP_SECONDS + 600);
    expect(estimateWait(5, cap({ freeSlots: 1 }))!).toBeGreaterThan(estimateWait(4, cap({ freeSlots: 1 }))!);
  });

  it('should be null when nobody is on duty and no opening is planned', () => {
    expect(estimateWait(1, cap({ onDuty: 0, totalSlots: 0 }))).toBeNull();
  });

  it.each([
    ['the next shift starts in an hour', { onDuty: 0, totalSlots: 0, secondsUntilOpening: 3600 }],
    ['the next shift starts in a minute', { onDuty: 0, totalSlots: 0, secondsUntilOpening: 60 }],
    ['a shift covers now but its counselor is not on duty yet', { onDuty: 0, totalSlots: 0, secondsUntilOpening: 0 }],
    ['those on duty hold no slots', { onDuty: 1, totalSlots: 0, freeSlots: 0 }],
  ])('should promise no minutes when nobody can take chats and %s', (_case, over) => {
    for (const position of [1, 2, 10]) expect(estimateWait(position, cap(over))).toBeNull();
  });
});

describe('standings', () => {
  it('should number positions from one in queue order', () => {
    const s = standings(['x', 'y'], cap({ freeSlots: 1 }));
    expect(s.get('x')).toEqual({ position: 1, estimatedWaitSeconds: PICKUP_SECONDS });
    expect(s.get('y')?.position).toBe(2);
  });
});

describe('averageHandleSeconds', () => {
  it('should use the default without history and clamp outliers', () => {
    expect(averageHandleSeconds([])).toBe(DEFAULT_HANDLE_SECONDS);
    expect(averageHandleSeconds([10, 20])).toBe(300);
    expect(averageHandleSeconds([900, 1500])).toBe(1200);
  });
});
