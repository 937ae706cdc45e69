import type { Ack, Visibility, WireMessage } from '@hidamari/shared';
import { isRetryable, OrderedSender, type SendResult } from '../../lib/ordered-sender';
import { settlePending, type PendingMessage } from '../message-merge';
import { readOutbox, writeOutbox, type OutboxStore } from './outbox.storage';

export type Outbox = Readonly<Record<string, readonly PendingMessage[]>>;

export interface OutboxDeps {
  staffId: string;
  storage: OutboxStore | null;
  newId(): string;
  now(): string;
  schedule(fn: () => void, ms: number): () => void;
  /** Whether the staff socket is connected. */
  connected(): boolean;
  request(consultationId: string, message: PendingMessage): Promise<Ack<{ message: WireMessage }>>;
  /** A send was committed: the transcript takes the stored message. */
  onSent(consultationId: string, message: WireMessage): void;
}

/**
 * The counselor's unsent messages, per consultation, kept on the device until the server has them: written
 * to storage when queued, removed once acknowledged, restored after a reload and sent again in order with
 * their original clientMessageId (so a message that did arrive is not stored twice). React reads it through
 * `useSyncExternalStore`.
 */
export class StaffOutbox {
  private outbox: Outbox;
  private readonly listeners = new Set<() => void>();
  private readonly sender: OrderedSender<PendingMessage>;

  constructor(private readonly deps: OutboxDeps) {
    this.outbox = readOutbox(deps.storage, deps.staffId);
    this.sender = new OrderedSender<PendingMessage>({
      due: (id) => (this.outbox[id] ?? []).filter((p) => p.status === 'pending'),
      send: (id, p) => this.sendOne(id, p),
      canSend: () => deps.connected(),
      schedule: deps.schedule,
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly getSnapshot = (): Outbox => this.outbox;

  add(consultationId: string, body: string, visibility: Visibility): void {
    const p: PendingMessage = { clientMessageId: this.deps.newId(), body, visibility, createdAt: this.deps.now(), status: 'pending' };
    this.set(consultationId, [...(this.outbox[consultationId] ?? []), p]);
    this.sender.kick(consultationId);
  }

  /** Tries a message refused for good once more, where it stands in the order. */
  retry(consultationId: string, clientMessageId: string): void {
    this.patch(consultationId, clientMessageId, { status: 'pending', errorCode: undefined });
    this.sender.kick(consultationId);
  }

  /** Messages committed (from an ack, a live event or a sync): their pending copies go, here and in storage. */
  settle(consultationId: string, messages: readonly WireMessage[]): void {
    const held = this.outbox[consultationId];
    if (!held) return;
    const left = settlePending(held, messages);
    if (left !== held) this.set(consultationId, left);
  }

  /** After a (re)connect has synced the transcripts: send what is left, oldest first. */
  flush(consultationIds: readonly string[]): void {
    this.sender.resume(consultationIds.filter((id) => this.outbox[id]?.length));
  }

  /** Drops the messages of conversations no longer held (not listed as mine after a reconnect, or dismissed). */
  retain(consultationIds: ReadonlySet<string>): void {
    for (const id of Object.keys(this.outbox)) if (!consultationIds.has(id)) this.set(id, []);
  }

  dispose(): void {
    this.sender.stop();
  }

  private async sendOne(consultationId: string, p: PendingMessage): Promise<SendResult> {
    const ack = await this.deps.request(consultationId, p);
    if (ack.ok) {
      this.settle(consultationId, [ack.message]);
      this.deps.onSent(consultationId, ack.message);
      return { ok: true };
    }
    const offline = !this.deps.connected();
    const result: SendResult = { ok: false, code: ack.error.code, offline };
    // Retryable or offline: it stays pending (shown as sending) and goes again in its place.
    if (!offline && !isRetryable(ack.error.code)) {
      this.patch(consultationId, p.clientMessageId, { status: 'failed', errorCode: ack.error.code });
    }
    return result;
  }

  private patch(consultationId: string, clientMessageId: string, change: Partial<PendingMessage>): void {
    const held = this.outbox[consultationId] ?? [];
    if (!held.some((p) => p.clientMessageId === clientMessageId)) return;
    this.set(consultationId, held.map((p) => (p.clientMessageId === clientMessageId ? { ...p, ...change } : p)));
  }

  private set(consultationId: string, pending: readonly PendingMessage[]): void {
    const next: Record<string, readonly PendingMessage[]> = { ...this.outbox, [consultationId]: pending };
    if (pending.length === 0) delete next[consultationId];
    this.outbox = next;
    writeOutbox(this.deps.storage, this.deps.staffId, consultationId, pending);
    for (const listener of this.listeners) listener();
  }
}
