import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TypingNotifier } from './typing-notifier';

describe('TypingNotifier', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('should send true once when many keys are pressed quickly', () => {
    const sent: boolean[] = [];
    const n = new TypingNotifier((t) => sent.push(t));
    for (let i = 0; i < 10; i++) {
      n.input();
      vi.advanceTimersByTime(100);
    }
    expect(sent).toEqual([true]);
  });

  it('should send false when idle for 3 seconds', () => {
    const sent: boolean[] = [];
    const n = new TypingNotifier((t) => sent.push(t));
    n.input();
    vi.advanceTimersByTime(2900);
    expect(sent).toEqual([true]);
    vi.advanceTimersByTime(200);
    expect(sent).toEqual([true, false]);
  });

  it('should send false at once when stopped and nothing when already stopped', () => {
    const sent: boolean[] = [];
    const n = new TypingNotifier((t) => sent.push(t));
    n.input();
    n.stop();
    n.stop();
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([true, false]);
  });

  it('should refresh true when typing goes on for long', () => {
    const sent: boolean[] = [];
    const n = new TypingNotifier((t) => sent.push(t));
    for (let i = 0; i < 12; i++) {
      n.input();
      vi.advanceTimersByTime(500);
    }
    expect(sent).toEqual([true, true]);
  });
});
