import type { ErrorCode, LinkedHistory, WireMessage } from '@hidamari/shared';
import { noteFor, type ChatNote } from './chat-notes';
import { consultationReducer, noConsultation, type ConsultationAction, type ConsultationState } from './consultation.reducer';
import { emptyMessages, lastSeq, messagesReducer, type MessagesAction, type MessagesState } from './messages.reducer';
import { clearSession, readPending, readSession, writePending, type KeyValueStore } from './session.storage';

export interface VisitorSnapshot {
  consultation: ConsultationState;
  messages: MessagesState;
  resumeCode: string | null;
  online: boolean;
  counselorTyping: boolean;
  /** The counselor has seen the visitor's messages up to this seq ("既読"). */
  readUpToSeq: number;
  /** Lines about who is answering (joined, changed, back in the queue), placed among the messages. */
  notes: ChatNote[];
  /** Set when a stored consultation could not be continued (e.g. it was resumed on another device). */
  notice: 'sessionEnded' | null;
  /** Issue 12: this consultation was started with a return key (linked to the earlier ones); null otherwise or after a reload. */
  linked: LinkedHistory | null;
}

export type ActionResult = { ok: true } | { ok: false; code: ErrorCode };

const TYPING_EXPIRY_MS = 10_000;

/**
 * The visitor's state and its persistence, without the socket. React reads it through
 * `useSyncExternalStore`; `VisitorConnection` feeds it from the server.
 */
export class VisitorStore {
  private snapshot: VisitorSnapshot;
  private readonly listeners = new Set<() => void>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  protected token: string | null;

  constructor(protected readonly storage: KeyValueStore | null) {
    const stored = readSession(storage);
    this.token = stored?.token ?? null;
    this.snapshot = {
      consultation: stored ? consultationReducer(noConsultation, { type: 'restoring', consultationId: stored.consultationId }) : noConsultation,
      messages: emptyMessages(stored ? readPending(storage) : []),
      resumeCode: stored?.resumeCode ?? null,
      online: false,
      counselorTyping: false,
      readUpToSeq: 0,
      notes: [],
      notice: null,
      linked: null,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly getSnapshot = (): VisitorSnapshot => this.snapshot;

  protected update(patch: Partial<VisitorSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Forgets the consultation on this device. */
  protected forget(notice: VisitorSnapshot['notice']): void {
    this.token = null;
    clearSession(this.storage);
    this.setCounselorTyping(false);
    this.update({ consultation: noConsultation, messages: emptyMessages(), resumeCode: null, readUpToSeq: 0, notes: [], notice, linked: null });
  }

  protected applyMessages(action: MessagesAction): void {
    const before = this.snapshot.messages;
    const messages = messagesReducer(before, action);
    if (messages === before) return;
    if (messages.pending !== before.pending) writePending(this.storage, messages.pending);
    this.update({ messages });
  }

  protected applyConsultation(action: ConsultationAction): void {
    const before = this.snapshot.consultation;
    const consultation = consultationReducer(before, action);
    if (consultation === before) return;
    // A closed conversation is shown this once and never again: nothing of it stays in storage for the next person at
    // this device (the token stays in memory, for the survey and the closed view's other actions, until the page goes).
    if (consultation.status === 'closed' && before.status !== 'closed') clearSession(this.storage);
    const fact = noteFor(before, consultation);
    if (!fact) return this.update({ consultation });
    const note: ChatNote = { ...fact, key: `note-${this.snapshot.notes.length}`, afterSeq: lastSeq(this.snapshot.messages) };
    this.update({ consultation, notes: [...this.snapshot.notes, note] });
  }

  /** Read marks only move forward (a late, lower one from a slow process changes nothing). */
  protected markRead(consultationId: string, upToSeq: number): void {
    if (consultationId !== this.snapshot.consultation.consultationId || upToSeq <= this.snapshot.readUpToSeq) return;
    this.update({ readUpToSeq: upToSeq });
  }

  /** Merges messages of this consultation; returns whether any belonged to it. */
  protected receive(messages: WireMessage[]): boolean {
    const id = this.snapshot.consultation.consultationId;
    const mine = messages.filter((m) => id === null || m.consultationId === id);
    if (mine.length > 0) this.applyMessages({ type: 'received', messages: mine });
    return mine.length > 0;
  }

  protected setCounselorTyping(typing: boolean): void {
    clearTimeout(this.typingTimer);
    // If the "stopped typing" event is lost, the indicator still goes away.
    if (typing) this.typingTimer = setTimeout(() => this.update({ counselorTyping: false }), TYPING_EXPIRY_MS);
    if (this.snapshot.counselorTyping !== typing) this.update({ counselorTyping: typing });
  }
}
