import type { Visibility, WireMessage } from '@hidamari/shared';

/** An own message that the server has not acknowledged yet (or refused). */
export interface PendingMessage {
  clientMessageId: string;
  body: string;
  visibility: Visibility;
  createdAt: string;
  status: 'pending' | 'failed';
  /** Error code of the last failed attempt; a timeout shows as INTERNAL. */
  errorCode?: string;
}

/**
 * Merges incoming messages into a transcript kept sorted by `seq`.
 * A message already held (same seq) is kept once, so replays after a reconnect are harmless.
 * Returns the same array when nothing changed, so React can skip a render.
 */
export function mergeMessages(existing: readonly WireMessage[], incoming: readonly WireMessage[]): WireMessage[] {
  if (incoming.length === 0) return existing as WireMessage[];
  const bySeq = new Map<number, WireMessage>();
  for (const m of existing) bySeq.set(m.seq, m);
  let changed = false;
  for (const m of incoming) {
    if (!bySeq.has(m.seq)) {
      bySeq.set(m.seq, m);
      changed = true;
    }
  }
  if (!changed) return existing as WireMessage[];
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** Highest seq held; 0 when empty (the `afterSeq` for a full sync). */
export function lastSeq(messages: readonly WireMessage[]): number {
  let max = 0;
  for (const m of messages) if (m.seq > max) max = m.seq;
  return max;
}

/**
 * Where to sync from when a live message skips past what is held (an earlier one was lost in
 * transit, e.g. while the servers' Redis reconnected), or null when nothing is missing.
 * Staff see every message, notes included, so their transcript has no gaps of its own.
 */
export function missedAfter(held: readonly WireMessage[], arrived: WireMessage): number | null {
  const have = lastSeq(held);
  return arrived.seq > have + 1 ? have : null;
}

/** Drops pending entries the server has confirmed (their clientMessageId is now in the transcript). */
export function settlePending(pending: readonly PendingMessage[], messages: readonly WireMessage[]): PendingMessage[] {
  if (pending.length === 0) return pending as PendingMessage[];
  const confirmed = new Set(messages.map((m) => m.clientMessageId).filter((id): id is string => id !== undefined));
  const left = pending.filter((p) => !confirmed.has(p.clientMessageId));
  return left.length === pending.length ? (pending as PendingMessage[]) : left;
}
