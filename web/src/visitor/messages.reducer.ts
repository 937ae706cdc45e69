import type { ErrorCode, ReferralCard, SenderKind, WireMessage } from '@hidamari/shared';
import type { ChatNote } from './chat-notes';

/** A message the visitor wrote that the server has not acknowledged yet. */
export interface PendingMessage {
  clientMessageId: string;
  body: string;
  createdAt: string;
  status: 'pending' | 'failed';
  errorCode?: ErrorCode;
}

export interface MessagesState {
  /** Committed messages, ordered by seq, one per seq. */
  confirmed: WireMessage[];
  /** Own messages still waiting for an ack, in the order they were written. */
  pending: PendingMessage[];
}

export type MessagesAction =
  | { type: 'received'; messages: WireMessage[] }
  | { type: 'queued'; message: PendingMessage }
  | { type: 'failed'; clientMessageId: string; errorCode: ErrorCode }
  | { type: 'retrying'; clientMessageId: string }
  | { type: 'reset' };

/** `read`: the counselor has seen it (既読). */
export type OwnStatus = 'pending' | 'sent' | 'read' | 'failed';

export interface TimelineItem {
  /** Stable across pending → sent, so the bubble is not re-mounted. */
  key: string;
  /** Committed messages only. */
  seq?: number;
  sender: SenderKind;
  senderName?: string;
  body: string;
  createdAt: string;
  clientMessageId?: string;
  status?: OwnStatus;
  errorCode?: ErrorCode;
  /** Issue 12: a referral card (`kind: 'card'`), drawn as a card, never as its plain-text body. */
  card?: ReferralCard;
}

export const emptyMessages = (pending: PendingMessage[] = []): MessagesState => ({ confirmed: [], pending });

/**
 * Merges incoming messages into an ordered list: deduplicated by id and seq, sorted by seq.
 * Staff-only messages are dropped (the server should never send them; this is a second lock).
 * Returns the same array when nothing new arrived, so React can skip a render.
 */
export function mergeBySeq(existing: WireMessage[], incoming: WireMessage[]): WireMessage[] {
  const seqs = new Set(existing.map((m) => m.seq));
  const ids = new Set(existing.map((m) => m.id));
  const added: WireMessage[] = [];
  for (const m of incoming) {
    if (m.visibility === 'staff' || seqs.has(m.seq) || ids.has(m.id)) continue;
    seqs.add(m.seq);
    ids.add(m.id);
    added.push(m);
  }
  if (added.length === 0) return existing;
  return [...existing, ...added].sort((a, b) => a.seq - b.seq);
}

export function lastSeq(state: MessagesState): number {
  return state.confirmed.at(-1)?.seq ?? 0;
}

function setPending(state: MessagesState, id: string, patch: Partial<PendingMessage>): MessagesState {
  if (!state.pending.some((p) => p.clientMessageId === id)) return state;
  return { ...state, pending: state.pending.map((p) => (p.clientMessageId === id ? { ...p, ...patch } : p)) };
}

export function messagesReducer(state: MessagesState, action: MessagesAction): MessagesState {
  switch (action.type) {
    case 'received': {
      const confirmed = mergeBySeq(state.confirmed, action.messages);
      const done = new Set(confirmed.map((m) => m.clientMessageId).filter((id): id is string => !!id));
      const pending = state.pending.filter((p) => !done.has(p.clientMessageId));
      if (confirmed === state.confirmed && pending.length === state.pending.length) return state;
      return { confirmed, pending };
    }
    case 'queued':
      if (state.pending.some((p) => p.clientMessageId === action.message.clientMessageId)) return state;
      return { ...state, pending: [...state.pending, action.message] };
    case 'failed':
      return setPending(state, action.clientMessageId, { status: 'failed', errorCode: action.errorCode });
    case 'retrying':
      return setPending(state, action.clientMessageId, { status: 'pending', errorCode: undefined });
    case 'reset':
      return emptyMessages();
  }
}

/** What the visitor sees: committed messages in seq order, then their own unacknowledged ones; own ones up to `readUpToSeq` are read. */
export function timeline(state: MessagesState, readUpToSeq = 0): TimelineItem[] {
  const confirmed = state.confirmed.map((m): TimelineItem => ({
    key: m.sender === 'visitor' && m.clientMessageId ? m.clientMessageId : m.id,
    seq: m.seq,
    sender: m.sender,
    senderName: m.senderName,
    body: m.body,
    createdAt: m.createdAt,
    clientMessageId: m.clientMessageId,
    status: m.sender === 'visitor' ? (m.seq <= readUpToSeq ? 'read' : 'sent') : undefined,
    card: m.kind === 'card' ? m.card : undefined,
  }));
  const pending = state.pending.map((p): TimelineItem => ({
    key: p.clientMessageId,
    sender: 'visitor',
    body: p.body,
    createdAt: p.createdAt,
    clientMessageId: p.clientMessageId,
    status: p.status,
    errorCode: p.errorCode,
  }));
  return [...confirmed, ...pending];
}

export type TimelineEntry = { type: 'message'; item: TimelineItem } | { type: 'note'; note: ChatNote };

/** Messages with the notes about who is answering placed where they happened (after the message they followed). */
export function withNotes(items: TimelineItem[], notes: readonly ChatNote[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  let n = 0;
  for (const item of items) {
    // A note goes before the first message written after it; unsent messages come after every note.
    while (n < notes.length && (item.seq === undefined || item.seq > notes[n]!.afterSeq)) out.push({ type: 'note', note: notes[n++]! });
    out.push({ type: 'message', item });
  }
  while (n < notes.length) out.push({ type: 'note', note: notes[n++]! });
  return out;
}
