import type { ConsultationView, QueueItem, WireMessage } from '@hidamari/shared';
import { lastSeq, mergeMessages } from './message-merge';

export interface ChatState {
  consultation: ConsultationView;
  messages: WireMessage[];
  lastReadSeq: number;
  visitorTyping: boolean;
  /** No longer this counselor's: put back in the queue, or missing from the list after a reconnect. */
  released: boolean;
}

export interface WorkspaceState {
  connection: 'connecting' | 'online' | 'offline';
  onDuty: boolean;
  queue: QueueItem[];
  /** Everyone waiting; the list holds at most the most urgent 200. */
  queueTotal: number;
  queueLoaded: boolean;
  chats: Record<string, ChatState>;
  /** Tab order: oldest claim first, so Alt+1 stays put while new chats come in. */
  order: string[];
  activeId: string | null;
}

export type WorkspaceAction =
  | { type: 'connection'; status: WorkspaceState['connection'] }
  | { type: 'duty'; onDuty: boolean }
  | { type: 'queue'; items: QueueItem[]; total?: number }
  | { type: 'queue-item-gone'; consultationId: string }
  | { type: 'claimed'; consultation: ConsultationView; messages: WireMessage[] }
  | { type: 'listed'; consultations: ConsultationView[]; readMarks: Record<string, number> }
  | { type: 'messages'; consultationId: string; messages: WireMessage[] }
  | { type: 'updated'; consultation: ConsultationView }
  | { type: 'typing'; consultationId: string; typing: boolean }
  | { type: 'presence'; consultationId: string; connected: boolean; since: string }
  | { type: 'activate'; consultationId: string }
  | { type: 'mark-read'; consultationId: string }
  | { type: 'dismiss'; consultationId: string };

export function initialWorkspace(onDuty: boolean): WorkspaceState {
  return { connection: 'connecting', onDuty, queue: [], queueTotal: 0, queueLoaded: false, chats: {}, order: [], activeId: null };
}

function newChat(consultation: ConsultationView, messages: WireMessage[], lastReadSeq: number): ChatState {
  return { consultation, messages: mergeMessages([], messages), lastReadSeq, visitorTyping: false, released: false };
}

function patchChat(s: WorkspaceState, id: string, patch: (c: ChatState) => ChatState): WorkspaceState {
  const chat = s.chats[id];
  if (!chat) return s;
  const next = patch(chat);
  return next === chat ? s : { ...s, chats: { ...s.chats, [id]: next } };
}

export function workspaceReducer(s: WorkspaceState, a: WorkspaceAction): WorkspaceState {
  switch (a.type) {
    case 'connection':
      return { ...s, connection: a.status };
    case 'duty':
      return { ...s, onDuty: a.onDuty };
    case 'queue':
      return { ...s, queue: a.items, queueTotal: Math.max(a.total ?? a.items.length, a.items.length), queueLoaded: true };
    case 'queue-item-gone':
      return dropFromQueue(s, a.consultationId);
    case 'claimed': {
      const id = a.consultation.id;
      const chats = { ...s.chats, [id]: newChat(a.consultation, a.messages, lastSeq(a.messages)) };
      const order = s.order.includes(id) ? s.order : [...s.order, id];
      return { ...dropFromQueue(s, id), chats, order, activeId: id };
    }
    case 'listed': {
      const chats = { ...s.chats };
      const listed = new Set(a.consultations.map((c) => c.id));
      for (const c of a.consultations) {
        const held = chats[c.id];
        chats[c.id] = held ? { ...held, consultation: c, released: false } : newChat(c, [], a.readMarks[c.id] ?? 0);
      }
      for (const [id, chat] of Object.entries(chats)) {
        if (!listed.has(id) && chat.consultation.status !== 'closed' && !chat.released) chats[id] = { ...chat, released: true };
      }
      const added = a.consultations.filter((c) => !s.order.includes(c.id)).map((c) => c.id);
      const order = [...s.order, ...added];
      return { ...s, chats, order, activeId: s.activeId ?? order[0] ?? null };
    }
    case 'messages':
      return patchChat(s, a.consultationId, (c) => {
        const messages = mergeMessages(c.messages, a.messages);
        if (messages === c.messages) return c;
        const visitorSpoke = a.messages.some((m) => m.sender === 'visitor');
        return { ...c, messages, visitorTyping: visitorSpoke ? false : c.visitorTyping };
      });
    case 'updated':
      return patchChat(s, a.consultation.id, (c) => ({
        ...c,
        consultation: a.consultation,
        // Back in the queue, or now another counselor's (a hand-off accepted, a takeover): no longer mine to write in.
        released: a.consultation.status === 'queued' || a.consultation.assignedStaffId !== c.consultation.assignedStaffId ? true : c.released,
        visitorTyping: a.consultation.status === 'active' ? c.visitorTyping : false,
      }));
    case 'typing':
      return patchChat(s, a.consultationId, (c) => (c.visitorTyping === a.typing ? c : { ...c, visitorTyping: a.typing }));
    case 'presence':
      return patchChat(s, a.consultationId, (c) => ({
        ...c,
        consultation: { ...c.consultation, visitorPresence: { connected: a.connected, since: a.since } },
        // Gone means not typing any more, whatever the last typing event said.
        visitorTyping: a.connected ? c.visitorTyping : false,
      }));
    case 'activate':
      return s.chats[a.consultationId] ? { ...s, activeId: a.consultationId } : s;
    case 'mark-read':
      return patchChat(s, a.consultationId, (c) => {
        const seq = lastSeq(c.messages);
        return seq > c.lastReadSeq ? { ...c, lastReadSeq: seq } : c;
      });
    case 'dismiss': {
      const chats = { ...s.chats };
      delete chats[a.consultationId];
      const order = s.order.filter((id) => id !== a.consultationId);
      const activeId = s.activeId === a.consultationId ? (order[0] ?? null) : s.activeId;
      return { ...s, chats, order, activeId };
    }
  }
}

/** A chat the counselor can still write in. */
export function isWritable(chat: ChatState): boolean {
  return !chat.released && chat.consultation.status === 'active';
}

function dropFromQueue(s: WorkspaceState, consultationId: string): WorkspaceState {
  const queue = s.queue.filter((i) => i.consultationId !== consultationId);
  return { ...s, queue, queueTotal: Math.max(queue.length, s.queueTotal - (s.queue.length - queue.length)) };
}
