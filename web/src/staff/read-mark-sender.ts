/** How often at most one chat's read mark goes to the server while messages keep arriving in view. */
export const READ_MARK_THROTTLE_MS = 1000;

export interface ReadMarkDeps {
  send(consultationId: string, upToSeq: number): void;
  now(): number;
  schedule(fn: () => void, ms: number): () => void;
}

/**
 * Sends `messages:read` for what the counselor has actually seen: only forward, at most once a second per chat,
 * and the latest mark always goes out in the end (a trailing send), so the visitor's "既読" never lags behind.
 */
export class ReadMarkSender {
  private readonly sent = new Map<string, number>();
  private readonly lastAt = new Map<string, number>();
  private readonly waiting = new Map<string, { seq: number; cancel: () => void }>();

  constructor(private readonly deps: ReadMarkDeps) {}

  mark(consultationId: string, seq: number): void {
    if (seq <= (this.sent.get(consultationId) ?? 0)) return;
    const wait = this.waiting.get(consultationId);
    if (wait) {
      wait.seq = Math.max(wait.seq, seq);
      return;
    }
    const since = this.deps.now() - (this.lastAt.get(consultationId) ?? -Infinity);
    if (since >= READ_MARK_THROTTLE_MS) return this.flush(consultationId, seq);
    const entry = { seq, cancel: () => {} };
    entry.cancel = this.deps.schedule(() => {
      this.waiting.delete(consultationId);
      this.flush(consultationId, entry.seq);
    }, READ_MARK_THROTTLE_MS - since);
    this.waiting.set(consultationId, entry);
  }

  /** After a reconnect the server may hold a higher mark from another tab; sending again is harmless, so forget. */
  reset(): void {
    this.sent.clear();
  }

  dispose(): void {
    for (const w of this.waiting.values()) w.cancel();
    this.waiting.clear();
  }

  private flush(consultationId: string, seq: number): void {
    this.sent.set(consultationId, seq);
    this.lastAt.set(consultationId, this.deps.now());
    this.deps.send(consultationId, seq);
  }
}
