/**
 * Follows every bench message from its scheduled send time to its delivery at the other side of its pair:
 * latency, acks, losses, duplicates, order. Sender and receiver clocks are the same process's performance.now().
 */
import { randomBytes } from 'node:crypto';
import { LoadRun } from './load-run.js';

export { LoadRun };

/** 0: visitor → staff, 1: staff → visitor. */
export type Dir = 0 | 1;
export type Side = 'visitor' | 'staff';
export interface AckLike { ok: boolean; error?: { code: string }; message?: { id: string; seq: number } }
export interface ReceivedLike { id: string; consultationId: string; seq: number; sender: string; body: string; clientMessageId?: string }
export type SendFn = (dir: Dir, clientMessageId: string, body: string, cb: (err: Error | null, ack?: AckLike) => void) => void;

/** Two parties: a visitor and the counselor who holds the chat (service), or two sockets in a room (B1). */
export interface Pair { id: string; send: SendFn }

const ACK = { pending: 0, ok: 1, error: 2, timeout: 3 } as const;
type AckState = (typeof ACK)[keyof typeof ACK];

interface Entry {
  run: LoadRun;
  t0: number;
  pair: number;
  dir: Dir;
  /** Send order: one sender (a pair's direction) emits its messages in increasing n. */
  n: number;
  ack: AckState;
  delivered: boolean;
  gaveUp: boolean;
  messageId?: string;
  /** Re-sent with the same clientMessageId (idempotency probe or retry): a second delivery of the same id is allowed. */
  resent: boolean;
}

const BODY = '今日は少しだけ外に出られました。でもまた不安になってしまって、話を聞いてもらえますか。';

export class Tracker {
  /** Every clientMessageId of this bench run starts with it (and the row count filters on it). */
  readonly prefix = `bench-${randomBytes(4).toString('hex')}-`;
  readonly entries = new Map<string, Entry>();
  unknown = 0;
  echoes = 0;
  redeliveries = 0;
  private counter = 0;
  /** Highest n delivered so far per sender (`pair:dir`): a delivery below it came after a later message. */
  private readonly lastDelivered = new Map<string, number>();

  constructor(private pairs: Pair[] = []) {}

  setPairs(pairs: Pair[]): void {
    this.pairs = pairs;
  }

  /** Sends the next message of the rotation (pair i mod P, direction alternating per round). */
  sendNext(run: LoadRun, t0: number): void {
    const p = this.pairs.length;
    this.sendTo(run, t0, this.counter % p, Math.floor(this.counter / p) % 2 === 0 ? 0 : 1);
  }

  /** Sends one message from one side of pair `pairIdx`, without waiting for anything sent before it. */
  sendTo(run: LoadRun, t0: number, pairIdx: number, dir: Dir): void {
    const n = this.counter++;
    const cmid = `${this.prefix}${n.toString(36)}`;
    const entry: Entry = { run, t0, pair: pairIdx, dir, n, ack: ACK.pending, delivered: false, gaveUp: false, resent: false };
    this.entries.set(cmid, entry);
    run.sent++;
    run.outstanding++;
    run.sendLag.record(performance.now() - t0);
    this.emit(cmid, entry);
  }

  private emit(cmid: string, e: Entry, done?: () => void): void {
    const run = e.run;
    const pair = this.pairs[e.pair] as Pair;
    pair.send(e.dir, cmid, `[${cmid}] ${BODY}`, (err, ack) => {
      done?.();
      if (err || !ack) {
        e.ack = ACK.timeout;
        run.timeouts++;
        return;
      }
      if (ack.ok) {
        e.ack = ACK.ok;
        run.acked++;
        if (!e.resent) run.ack.record(performance.now() - e.t0);
        if (ack.message && e.messageId === undefined) e.messageId = ack.message.id;
        return;
      }
      e.ack = ACK.error;
      run.errors++;
      const code = ack.error?.code ?? 'UNKNOWN';
      run.errorCodes[code] = (run.errorCodes[code] ?? 0) + 1;
      if (!e.delivered && !e.gaveUp) {
        e.gaveUp = true;
        run.outstanding--;
      }
    });
  }

  onMessage(receiver: Side, msg: ReceivedLike): void {
    const now = performance.now();
    const cmid = msg.clientMessageId ?? /^\[([^\]]+)\]/.exec(msg.body)?.[1];
    const e = cmid === undefined ? undefined : this.entries.get(cmid);
    if (!e) {
      this.unknown++;
      return;
    }
    if (receiver === (e.dir === 0 ? 'visitor' : 'staff')) {
      this.echoes++; // the sender's own copy
      return;
    }
    const run = e.run;
    if (msg.consultationId !== this.pairs[e.pair]?.id) run.misrouted++;
    if (e.delivered) {
      if (e.resent && msg.id === e.messageId) this.redeliveries++;
      else run.duplicates++;
      return;
    }
    e.delivered = true;
    e.messageId ??= msg.id;
    // A message sent again after an error left the sender's order on purpose; only first sends are checked.
    if (!e.resent) {
      const sender = `${e.pair}:${e.dir}`;
      if ((this.lastDelivered.get(sender) ?? -1) > e.n) run.misordered++;
      else this.lastDelivered.set(sender, e.n);
    }
    run.delivered++;
    run.delivery.record(now - e.t0);
    run.noteDelivery(e.t0, now - e.t0);
    if (e.gaveUp) run.deliveredAfterError++;
    else run.outstanding--;
  }

  /** Re-sends already delivered messages with the same clientMessageId; the ack must name the same stored message. */
  async probeIdempotency(count: number): Promise<{ probed: number; mismatched: number }> {
    const picks = [...this.entries].filter(([, e]) => e.delivered && e.ack === ACK.ok && e.messageId).slice(-count);
    let mismatched = 0;
    await Promise.all(picks.map(([cmid, e]) => new Promise<void>((resolve) => {
      e.resent = true;
      (this.pairs[e.pair] as Pair).send(e.dir, cmid, `[${cmid}] ${BODY}`, (err, ack) => {
        if (err || !ack?.ok || (ack.message && ack.message.id !== e.messageId)) mismatched++;
        resolve();
      });
    })));
    return { probed: picks.length, mismatched };
  }

  /** Sends once more, with the same clientMessageId, every message whose ack failed or never came (what a client does). */
  retryFailed(): Promise<number> {
    const failed = [...this.entries].filter(([, e]) => e.ack === ACK.error || e.ack === ACK.timeout);
    return Promise.all(failed.map(([cmid, e]) => {
      e.resent = true;
      if (e.gaveUp && !e.delivered) {
        e.gaveUp = false;
        e.run.outstanding++;
      }
      return new Promise<void>((resolve) => this.emit(cmid, e, resolve));
    })).then(() => failed.length);
  }

  /** Who sent `cmid` and its place in that sender's order; undefined for unknown or re-sent messages. */
  sendOrder(cmid: string): { sender: string; n: number } | undefined {
    const e = this.entries.get(cmid);
    return e && !e.resent ? { sender: `${e.pair}:${e.dir}`, n: e.n } : undefined;
  }

  /** Messages acknowledged ok but not (yet) delivered to the other side. */
  undelivered(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.ack === ACK.ok && !e.delivered) n++;
    return n;
  }

  /** Every load run that sent through this tracker. */
  runs(): LoadRun[] {
    return [...new Set([...this.entries.values()].map((e) => e.run))];
  }

  /** Final accounting over every message sent in this run. */
  totals(): { sent: number; ackedOk: number; lost: number; failedSends: number; okIds: Set<string>; failedIds: Set<string>; byPair: Map<number, string[]> } {
    let lost = 0;
    let failedSends = 0;
    const okIds = new Set<string>();
    const failedIds = new Set<string>();
    const byPair = new Map<number, string[]>();
    for (const [cmid, e] of this.entries) {
      if (e.ack === ACK.ok) {
        okIds.add(cmid);
        if (!e.delivered) lost++;
        const list = byPair.get(e.pair) ?? [];
        list.push(cmid);
        byPair.set(e.pair, list);
      } else {
        failedSends++;
        failedIds.add(cmid);
      }
    }
    return { sent: this.entries.size, ackedOk: okIds.size, lost, failedSends, okIds, failedIds, byPair };
  }
}
