import type {
  ConsultationStart, ErrorCode, PreferChoice, EventAck, EventPayload, TypingChange, VisitorClientEvents, VisitorConsultationUpdate, WireMessage,
} from '@hidamari/shared';
import { OrderedSender, isRetryable, type SendResult } from '../lib/ordered-sender';
import { request, type VisitorSocket } from '../lib/socket';
import { lastSeq, type PendingMessage } from './messages.reducer';
import { formatResumeCode } from './resume-code';
import { preferredAtStart } from './returning/preferred';
import { writeSession, type KeyValueStore } from './session.storage';
import { VisitorStore, type ActionResult, type VisitorSnapshot } from './visitor-store';

/** The events the closed view sends on the chat's own socket. */
export type AfterChatEvent = 'survey:get' | 'survey:submit' | 'consultation:delete' | 'returnKey:keep' | 'returnKey:forget';

export type { ActionResult, VisitorSnapshot };

export interface ConnectionDeps {
  connect(token: string | null): VisitorSocket;
  /** Resolves once `connect` may be called: socket.io-client is a chunk fetched after the first paint (lib/socket). */
  ready?(): Promise<void>;
  storage: KeyValueStore | null;
  newId(): string;
  now(): string;
  /** A timer for retry pauses; returns its cancel. Defaults to setTimeout. */
  schedule?(fn: () => void, ms: number): () => void;
}

const RECONNECT_DELAY_MS = 3000;
/** The visitor has one conversation: one lane of the ordered sender. */
const LANE = 'consultation';

function timer(fn: () => void, ms: number): () => void {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
}

/** Owns the visitor's socket: binds it to a consultation, keeps it caught up, and sends. */
export class VisitorConnection extends VisitorStore {
  private socket: VisitorSocket | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Between open() and close(): a socket library still loading connects only while this holds. */
  private opened = false;
  /** One message at a time, in the order written: a refused or unanswered one is never overtaken by a later one. */
  private readonly sender: OrderedSender<PendingMessage>;

  constructor(private readonly deps: ConnectionDeps) {
    super(deps.storage);
    this.sender = new OrderedSender<PendingMessage>({
      due: () => this.getSnapshot().messages.pending.filter((p) => p.status === 'pending'),
      send: (_lane, message) => this.sendOne(message),
      canSend: () => !!this.socket?.connected && !!this.token,
      schedule: deps.schedule ?? timer,
    });
  }

  /** Connects the stored consultation, if there is one. Safe to call again after `close()`. */
  open(): void {
    this.opened = true;
    const ready = this.deps.ready?.();
    if (!ready) return this.connectStored();
    void ready.then(() => {
      if (this.opened) this.connectStored();
    });
  }

  private connectStored(): void {
    if (this.token && !this.socket) this.attach(this.deps.connect(this.token));
  }

  /** Drops the socket but keeps the stored consultation (unmount, or before a fresh socket). */
  close(): void {
    this.opened = false;
    clearTimeout(this.retryTimer);
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
    this.sender.stop();
    this.setCounselorTyping(false);
    this.update({ online: false });
  }

  async start(input: ConsultationStart): Promise<ActionResult> {
    await this.deps.ready?.();
    const socket = this.freshSocket();
    const res = await request(socket, 'consultation:start', input);
    if (socket !== this.socket) return { ok: false, code: 'INTERNAL' };
    if (!res.ok) return this.failUnbound(res.error.code);
    this.bind(socket, res.token, res.consultationId, res.resumeCode);
    this.update({ linked: res.linked ?? null });
    const preferred = preferredAtStart(input.preferCounselor, res.linked);
    this.applyConsultation({ type: 'started', consultationId: res.consultationId, queue: res.queue, service: res.service, preferred });
    void this.sync(0);
    return { ok: true };
  }

  async resume(code: string): Promise<ActionResult> {
    const resumeCode = formatResumeCode(code);
    await this.deps.ready?.();
    const socket = this.freshSocket();
    const res = await request(socket, 'consultation:resume', { resumeCode });
    if (socket !== this.socket) return { ok: false, code: 'INTERNAL' };
    if (!res.ok) return this.failUnbound(res.error.code);
    // The ack does not carry the code; if the server ever adds it (e.g. a rotated code), prefer it.
    const shown = 'resumeCode' in res && typeof res.resumeCode === 'string' ? res.resumeCode : resumeCode;
    this.bind(socket, res.token, res.consultationId, shown);
    this.applyConsultation({ type: 'restoring', consultationId: res.consultationId });
    // Reconnecting with the new token makes the server say where the consultation stands; `connect` then syncs.
    socket.disconnect().connect();
    return { ok: true };
  }

  /**
   * What a return key opens (before the visitor confirms linking): asked on a socket of its own, bound to nothing,
   * which is closed again; starting opens a fresh one.
   */
  async checkReturnKey(returnKey: string): Promise<EventAck<VisitorClientEvents, 'returnKey:check'>> {
    await this.deps.ready?.();
    const socket = this.deps.connect(null);
    try {
      return await request(socket, 'returnKey:check', { returnKey });
    } finally {
      socket.disconnect();
    }
  }

  /** Waiting for the asked-for counselor: wait for them, leave them a message, or talk with anyone on duty now. */
  async prefer(choice: PreferChoice): Promise<ActionResult> {
    const { preferred } = this.getSnapshot().consultation;
    // Nothing is kept for a counselor with no shift planned: the choice only changes what the page says.
    if (preferred?.mode === 'unplanned') {
      this.applyConsultation({ type: 'preferChosen', choice });
      return { ok: true };
    }
    const socket = this.socket;
    if (!socket || !this.token) return { ok: false, code: 'NOT_BOUND' };
    const res = await request(socket, 'consultation:prefer', { choice });
    if (!res.ok) return { ok: false, code: res.error.code };
    this.applyConsultation({ type: 'preferChosen', choice, queue: res.queue });
    return { ok: true };
  }

  send(body: string): void {
    const text = body.trim();
    if (!text) return;
    const message: PendingMessage = { clientMessageId: this.deps.newId(), body: text, createdAt: this.deps.now(), status: 'pending' };
    this.applyMessages({ type: 'queued', message });
    this.sender.kick(LANE);
  }

  /** Tries a message refused for good once more, where it stands among the unsent ones. */
  retry(clientMessageId: string): void {
    this.applyMessages({ type: 'retrying', clientMessageId });
    this.sender.kick(LANE);
  }

  async leave(): Promise<ActionResult> {
    const socket = this.socket;
    if (!socket || !this.token) return { ok: false, code: 'NOT_BOUND' };
    const res = await request(socket, 'consultation:leave', {});
    if (!res.ok && res.error.code !== 'CONSULTATION_CLOSED') return { ok: false, code: res.error.code };
    const { consultationId, status } = this.getSnapshot().consultation;
    if (consultationId && status !== 'closed') {
      this.applyConsultation({ type: 'updated', update: { consultationId, status: 'closed', closeReason: 'visitor_left' } });
    }
    return { ok: true };
  }

  /**
   * What the closed view sends (the survey, deleting the conversation) goes on this socket: once the chat has closed,
   * its token lives in memory only.
   */
  survey<E extends AfterChatEvent>(event: E, payload: EventPayload<VisitorClientEvents, E>): Promise<EventAck<VisitorClientEvents, E>> {
    const socket = this.socket;
    if (!socket || !this.token) return Promise.resolve({ ok: false, error: { code: 'NOT_BOUND', message: 'no consultation on this device' } });
    return request(socket, event, payload);
  }

  setTyping(typing: boolean): void {
    if (this.socket?.connected && this.token) this.socket.emit('typing:set', { typing });
  }

  /** Forgets the consultation on this device and returns to intake. */
  reset(notice: VisitorSnapshot['notice'] = null): void {
    this.close();
    this.forget(notice);
  }

  private freshSocket(): VisitorSocket {
    this.close();
    const socket = this.deps.connect(null);
    this.attach(socket);
    return socket;
  }

  private failUnbound(code: ErrorCode): ActionResult {
    this.close();
    return { ok: false, code };
  }

  private bind(socket: VisitorSocket, token: string, consultationId: string, resumeCode: string): void {
    this.token = token;
    socket.auth = { token };
    writeSession(this.deps.storage, { token, consultationId, resumeCode });
    this.update({ resumeCode, notice: null });
  }

  private attach(socket: VisitorSocket): void {
    this.socket = socket;
    socket.on('connect', () => {
      this.update({ online: true });
      if (this.token) void this.catchUp();
    });
    socket.on('disconnect', (reason) => {
      this.update({ online: false });
      this.setCounselorTyping(false);
      // The server dropped us on purpose: socket.io will not retry by itself, so ask once more after a pause.
      if (reason === 'io server disconnect') this.retryLater(socket);
    });
    socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      if (this.token && (err.message === 'UNAUTHENTICATED' || err.data?.code === 'UNAUTHENTICATED')) {
        this.reset('sessionEnded');
      } else if (!socket.active) {
        this.retryLater(socket);
      }
    });
    socket.on('consultation:updated', (update: VisitorConsultationUpdate) => this.applyConsultation({ type: 'updated', update }));
    socket.on('message:created', (message) => this.onMessage(message));
    socket.on('typing:changed', (change) => this.onTyping(change));
    socket.on('messages:read', ({ consultationId, upToSeq }) => this.markRead(consultationId, upToSeq));
  }

  private retryLater(socket: VisitorSocket): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (socket === this.socket && !socket.connected) socket.connect();
    }, RECONNECT_DELAY_MS);
  }

  /** After every (re)connect: fetch what we missed, then re-send what was never acknowledged (same ids, so no duplicates), in order. */
  private async catchUp(): Promise<void> {
    await this.sync(lastSeq(this.getSnapshot().messages));
    this.sender.resume([LANE]);
  }

  private async sync(afterSeq: number): Promise<void> {
    const socket = this.socket;
    if (!socket) return;
    const res = await request(socket, 'messages:sync', { afterSeq });
    if (!res.ok || socket !== this.socket) return;
    this.receive(res.messages);
    const id = this.getSnapshot().consultation.consultationId;
    // A server without read marks leaves the field out.
    if (id && typeof res.readUpToSeq === 'number') this.markRead(id, res.readUpToSeq);
    // Pages of up to 1,000: ask again from the last seq while the server says there is more.
    const last = res.messages.at(-1);
    if (res.hasMore && last) await this.sync(last.seq);
  }

  private async sendOne(message: PendingMessage): Promise<SendResult> {
    const socket = this.socket;
    const id = message.clientMessageId;
    if (!socket) return { ok: false, code: 'INTERNAL', offline: true };
    const res = await request(socket, 'message:send', { clientMessageId: id, body: message.body });
    if (socket !== this.socket) return { ok: false, code: 'INTERNAL', offline: true };
    if (res.ok) {
      this.receive([res.message]);
      return { ok: true };
    }
    // Lost connection mid-send, or busy / no answer: it stays pending and goes again in its place.
    const offline = !socket.connected;
    if (!offline && !isRetryable(res.error.code)) this.applyMessages({ type: 'failed', clientMessageId: id, errorCode: res.error.code });
    return { ok: false, code: res.error.code, offline };
  }

  private onMessage(message: WireMessage): void {
    const before = lastSeq(this.getSnapshot().messages);
    if (!this.receive([message])) return;
    if (message.sender === 'staff') this.setCounselorTyping(false);
    // A gap means an earlier message was missed: fetch from where we were, not from the new end.
    if (message.seq > before + 1) void this.sync(before);
  }

  private onTyping(change: TypingChange): void {
    if (change.sender === 'staff' && change.consultationId === this.getSnapshot().consultation.consultationId) {
      this.setCounselorTyping(change.typing);
    }
  }
}
