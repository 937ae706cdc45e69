import { describe, expect, it } from 'vitest';
import { READ_MARK_THROTTLE_MS, ReadMarkSender } from './read-mark-sender';

function harness() {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const sent: [string, number][] = [];
  const sender = new ReadMarkSender({
    send: (id, seq) => sent.push([id, seq]),
    now: () => now,
    schedule: (fn, ms) => {
      const t = { at: now + ms, fn };
      timers.push(t);
      return () => timers.splice(timers.indexOf(t), 1);
    },
  });
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((x) => x.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
  };
  return { sender, sent, advance };
}

describe('ReadMarkSender', () => {
  it('should send at once, then at most once a second per chat with the latest mark last', () => {
    const { sender, sent, advance } = harness();
    sender.mark('a', 1);
    sender.mark('a', 2);
    sender.mark('a', 3);
    sender.mark('b', 5);
    expect(sent).toEqual([['a', 1], ['b', 5]]);
    advance(READ_MARK_THROTTLE_MS);
    expect(sent).toEqual([['a', 1], ['b', 5], ['a', 3]]);
  });

  it('should never send a mark that is not ahead of the last one sent', () => {
    const { sender, sent, advance } = harness();
    sender.mark('a', 4);
    advance(5000);
    sender.mark('a', 4);
    sender.mark('a', 2);
    advance(5000);
    expect(sent).toEqual([['a', 4]]);
  });
});
