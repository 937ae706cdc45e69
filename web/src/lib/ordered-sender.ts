import type { ErrorCode } from '@hidamari/shared';

/** The server's answer to one send: committed, or refused with a code. `offline`: the connection went away meanwhile. */
export type SendResult = { ok: true } | { ok: false; code: ErrorCode; offline?: boolean };

/**
 * Worth trying again with the same clientMessageId: the server was busy, the sender went over a rate limit (the
 * backoff waits it out; nothing is lost), or no answer came (a timeout shows as INTERNAL).
 */
export function isRetryable(code: ErrorCode): boolean {
  return code === 'BUSY' || code === 'RATE_LIMITED' || code === 'INTERNAL';
}

export interface OrderedSenderDeps<M> {
  /** The lane's messages still to send, oldest first; ones refused for good are left out. */
  due(lane: string): readonly M[];
  /** Sends one message; the caller applies the result to its own state (confirmed, or refused for good). */
  send(lane: string, message: M): Promise<SendResult>;
  /** Whether a send can go out now (connected and bound). */
  canSend(): boolean;
  /** A timer; returns its cancel. Injected so tests drive time. */
  schedule(fn: () => void, ms: number): () => void;
}

const BACKOFF_MS = [500, 1000, 2000, 5000, 10_000];

/**
 * Sends each lane's (one conversation's) messages one at a time, in the order they were written: the next goes
 * only once the one before is acknowledged. A retryable refusal stops the lane and tries the same message again
 * after a pause (or on `resume`, after a reconnect), so a later message never overtakes an earlier one. A final
 * refusal (closed, forbidden, invalid) leaves that message as not sent and the lane moves on.
 */
export class OrderedSender<M> {
  private readonly running = new Set<string>();
  private readonly waiting = new Map<string, () => void>();
  private readonly failures = new Map<string, number>();

  constructor(private readonly deps: OrderedSenderDeps<M>) {}

  /** Starts sending a lane's due messages unless it is already sending or pausing after a refusal. */
  kick(lane: string): void {
    if (this.waiting.has(lane)) return;
    // A running lane reads its due list again after each ack, so it picks the new message up itself.
    if (!this.running.has(lane)) void this.drain(lane);
  }

  /** After a reconnect: every pause ends now. */
  resume(lanes: Iterable<string>): void {
    for (const lane of lanes) {
      this.waiting.get(lane)?.();
      this.waiting.delete(lane);
      this.failures.delete(lane);
      this.kick(lane);
    }
  }

  stop(): void {
    for (const cancel of this.waiting.values()) cancel();
    this.waiting.clear();
  }

  private async drain(lane: string): Promise<void> {
    this.running.add(lane);
    try {
      for (;;) {
        const head = this.deps.due(lane)[0];
        if (head === undefined || !this.deps.canSend()) return;
        const res = await this.deps.send(lane, head);
        if (res.ok || (!isRetryable(res.code) && !res.offline)) {
          this.failures.delete(lane);
          continue;
        }
        // Offline: the reconnect resumes the lane. Still connected: the same message again after a pause.
        if (!res.offline && this.deps.canSend()) this.pause(lane);
        return;
      }
    } finally {
      this.running.delete(lane);
    }
  }

  private pause(lane: string): void {
    const n = this.failures.get(lane) ?? 0;
    this.failures.set(lane, n + 1);
    const cancel = this.deps.schedule(() => {
      this.waiting.delete(lane);
      this.kick(lane);
    }, BACKOFF_MS[Math.min(n, BACKOFF_MS.length - 1)]!);
    this.waiting.set(lane, cancel);
  }
}
