import { describe, expect, it } from 'vitest';
import { isRetryable, OrderedSender, type SendResult } from './ordered-sender';

describe('OrderedSender', () => {
  it('should treat a rate limit as a pause, not a loss: the same message goes again after the backoff, in order', async () => {
    const queue = ['a', 'b'];
    const sent: string[] = [];
    const timers: { fn: () => void; ms: number }[] = [];
    let limited = true;
    const sender = new OrderedSender<string>({
      due: () => queue,
      send: async (_lane, m): Promise<SendResult> => {
        sent.push(m);
        if (limited) return { ok: false, code: 'RATE_LIMITED' };
        queue.shift();
        return { ok: true };
      },
      canSend: () => true,
      schedule: (fn, ms) => {
        timers.push({ fn, ms });
        return () => undefined;
      },
    });
    sender.kick('c1');
    await Promise.resolve();
    expect(sent).toEqual(['a']);
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBeGreaterThan(0);
    limited = false;
    timers[0]!.fn();
    await new Promise((r) => setImmediate(r));
    expect(sent).toEqual(['a', 'a', 'b']);
    expect(queue).toEqual([]);
  });

  it('should retry busy, rate-limited and unanswered sends, and give up on final refusals', () => {
    expect(['BUSY', 'RATE_LIMITED', 'INTERNAL'].every((c) => isRetryable(c as never))).toBe(true);
    expect(['FORBIDDEN', 'CONSULTATION_CLOSED', 'INVALID_PAYLOAD'].some((c) => isRetryable(c as never))).toBe(false);
  });
});
