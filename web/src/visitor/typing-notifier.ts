export interface TypingTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: TypingTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Turns keystrokes into few `typing:set` events: `true` once when typing starts (repeated every
 * `refreshMs` so the other side's indicator does not expire), `false` after `idleMs` without input or on send.
 */
export class TypingNotifier {
  private typing = false;
  private lastSent = 0;
  private idle: unknown = null;

  constructor(
    private readonly send: (typing: boolean) => void,
    private readonly idleMs = 3000,
    private readonly refreshMs = 5000,
    private readonly timers: TypingTimers = realTimers,
  ) {}

  input(): void {
    const now = this.timers.now();
    if (!this.typing || now - this.lastSent >= this.refreshMs) {
      this.typing = true;
      this.lastSent = now;
      this.send(true);
    }
    if (this.idle !== null) this.timers.clearTimeout(this.idle);
    this.idle = this.timers.setTimeout(() => this.stop(), this.idleMs);
  }

  stop(): void {
    if (this.idle !== null) this.timers.clearTimeout(this.idle);
    this.idle = null;
    if (!this.typing) return;
    this.typing = false;
    this.send(false);
  }
}
