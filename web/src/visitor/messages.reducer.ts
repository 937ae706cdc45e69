import type { ErrorCode, SenderKind, WireMessage } from '@hidamari/shared';

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

export type OwnStatus = 'pending' | 'sent' | 'failed';

export interface TimelineItem {
  /** Stable across pending → sent, so the bubble is not re-mounted. */
  key: string;
  sender: SenderKind;
  senderName?: string;
  body: string;
  createdAt: string;
  clientMessageId?: string;
  status?: OwnStatus;
  errorCode?: ErrorCode;
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

/** What the visitor sees: committed messages in seq order, then their own unacknowledged ones. */
export function timeline(state: MessagesState): TimelineItem[] {
  const confirmed = state.confirmed.map((m): TimelineItem => ({
    key: m.sender === 'visitor' && m.clientMessageId ? m.clientMessageId : m.id,
    sender: m.sender,
    senderName: m.senderName,
    body: m.body,
    createdAt: m.createdAt,
    clientMessageId: m.clientMessageId,
    status: m.sender === 'visitor' ? 'sent' : undefined,
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
