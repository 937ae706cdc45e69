import type { Ack, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import type { VisitorSocket } from '../lib/socket';
import { STORAGE_KEYS, writePending, writeSession, type KeyValueStore } from './session.storage';
import { VisitorConnection } from './visitor-connection';

type Handler = (...args: unknown[]) => void;
type Reply = (payload: unknown) => Ack | undefined;

/** Just enough of a socket.io client socket: the test plays the server. */
class FakeSocket {
  auth: Record<string, unknown> = {};
  connected = false;
  active = true;
  readonly sent: { event: string; payload: unknown }[] = [];
  private readonly handlers = new Map<string, Handler[]>();
  constructor(private readonly replies: Record<string, Reply>) {}
  on(event: string, fn: Handler) { this.handlers.set(event, [...(this.handlers.get(event) ?? []), fn]); return this; }
  removeAllListeners() { this.handlers.clear(); return this; }
  emit(event: string, payload: unknown) { this.sent.push({ event, payload }); return this; }
  timeout() {
    return {
      emit: (event: string, payload: unknown, cb: (err: Error | null, res?: Ack) => void) => {
        this.sent.push({ event, payload });
        const res = this.replies[event]?.(payload);
        if (res) queueMicrotask(() => cb(null, res));
        else if (!this.connected) queueMicrotask(() => cb(new Error('socket has been disconnected')));
      },
    };
  }
  connect() { this.active = true; return this; }
  disconnect() { this.connected = false; this.active = false; return this; }
  fire(event: string, ...args: unknown[]) { for (const fn of this.handlers.get(event) ?? []) fn(...args); }
  serverConnect() { this.connected = true; this.fire('connect'); }
  eventsNamed(event: string) { return this.sent.filter((s) => s.event === event).map((s) => s.payload); }
}

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const wire = (seq: number, patch: Partial<WireMessage> = {}): WireMessage => ({
  id: `m${seq}`, consultationId: 'c1', seq, sender: 'staff', body: `b${seq}`, visibility: 'all', createdAt: 'now', kind: 'text', ...patch,
});
const flush = () => new Promise((r) => setTimeout(r, 0));

function setup(replies: Record<string, Reply> = {}, store = memoryStore()) {
  const sockets: FakeSocket[] = [];
  const tokens: (string | null)[] = [];
  const timers: (() => void)[] = [];
  let n = 0;
  const conn = new VisitorConnection({
    storage: store,
    connect: (token) => {
      tokens.push(token);
      const s = new FakeSocket(replies);
      sockets.push(s);
      return s as unknown as VisitorSocket;
    },
    newId: () => `cid-${++n}`,
    now: () => '2025-01-01T00:00:00Z',
    schedule: (fn) => (timers.push(fn), () => void timers.splice(timers.indexOf(fn), 1)),
  });
  return { conn, store, sockets, tokens, timers };
}

const echoSend: Reply = (p) => {
  const { clientMessageId, body } = p as { clientMessageId: string; body: string };
  return { ok: true, message: wire(Number(clientMessageId.replace(/\D/g, '')) + 10, { sender: 'visitor', clientMessageId, body }) };
};

describe('VisitorConnection', () => {
  it('should store the token and resume code and bind the socket when started', async () => {
    const { conn, store, sockets } = setup({
      'consultation:start': () => ({ ok: true, consultationId: 'c1', token: 'tok', resumeCode: 'ABCD-EFGH-JKLM', queue: { position: 2, estimatedWaitSeconds: 300 } }),
      'messages:sync': () => ({ ok: true, messages: [wire(1, { sender: 'visitor', body: 'first' })] }),
    });
    expect(await conn.start({ audience: 'self', topic: 'other' })).toEqual({ ok: true });
    await flush();
    expect(store.data.get(STORAGE_KEYS.token)).toBe('tok');
    expect(store.data.get(STORAGE_KEYS.resumeCode)).toBe('ABCD-EFGH-JKLM');
    expect(sockets[0]?.auth).toEqual({ token: 'tok' });
    expect(conn.getSnapshot().consultation).toMatchObject({ status: 'queued', queue: { position: 2 } });
    expect(conn.getSnapshot().messages.confirmed.map((m) => m.body)).toEqual(['first']);
  });

  it('should sync from the last seq and re-send stored unsent messages with the same id when reconnecting', async () => {
    const store = memoryStore();
    writeSession(store, { token: 'tok', consultationId: 'c1', resumeCode: null });
    writePending(store, [{ clientMessageId: 'cid-77', body: 'unsent', createdAt: 'x', status: 'failed' }]);
    const { conn, sockets, tokens } = setup({ 'messages:sync': () => ({ ok: true, messages: [wire(1), wire(2)] }), 'message:send': echoSend }, store);
    conn.open();
    expect(tokens).toEqual(['tok']);
    sockets[0]!.serverConnect();
    await flush();
    expect(sockets[0]!.eventsNamed('messages:sync')).toEqual([{ afterSeq: 0 }]);
    expect(sockets[0]!.eventsNamed('message:send')).toEqual([{ clientMessageId: 'cid-77', body: 'unsent' }]);
    expect(conn.getSnapshot().messages.pending).toEqual([]);
    expect(store.data.has(STORAGE_KEYS.pending)).toBe(false);
    sockets[0]!.fire('disconnect', 'transport close');
    sockets[0]!.serverConnect();
    await flush();
    expect(sockets[0]!.eventsNamed('messages:sync').at(-1)).toEqual({ afterSeq: 87 });
  });

  it('should keep a message pending while offline and send it after reconnecting', async () => {
    const store = memoryStore();
    writeSession(store, { token: 'tok', consultationId: 'c1', resumeCode: null });
    const { conn, sockets } = setup({ 'messages:sync': () => ({ ok: true, messages: [] }), 'message:send': echoSend }, store);
    conn.open();
    conn.send('  hello  ');
    await flush();
    expect(conn.getSnapshot().messages.pending).toMatchObject([{ clientMessageId: 'cid-1', body: 'hello', status: 'pending' }]);
    expect(JSON.parse(store.data.get(STORAGE_KEYS.pending) ?? '[]')).toHaveLength(1);
    sockets[0]!.serverConnect();
    await flush();
    expect(sockets[0]!.eventsNamed('message:send')).toEqual([{ clientMessageId: 'cid-1', body: 'hello' }]);
    expect(conn.getSnapshot().messages.confirmed.map((m) => m.clientMessageId)).toEqual(['cid-1']);
  });

  it('should mark a message failed when the server refuses it and re-send the same id on retry', async () => {
    const store = memoryStore();
    writeSession(store, { token: 'tok', consultationId: 'c1', resumeCode: null });
    let refuse = true;
    const { conn, sockets } = setup({
      'messages:sync': () => ({ ok: true, messages: [] }),
      'message:send': (p) => (refuse ? { ok: false, error: { code: 'FORBIDDEN', message: 'not yours' } } : echoSend(p)),
    }, store);
    conn.open();
    sockets[0]!.serverConnect();
    conn.send('hi');
    await flush();
    expect(conn.getSnapshot().messages.pending[0]).toMatchObject({ status: 'failed', errorCode: 'FORBIDDEN' });
    refuse = false;
    conn.retry('cid-1');
    await flush();
    expect(sockets[0]!.eventsNamed('message:send').map((p) => (p as { clientMessageId: string }).clientMessageId)).toEqual(['cid-1', 'cid-1']);
    expect(conn.getSnapshot().messages.pending).toEqual([]);
  });

  it('should forget the stored consultation when the token is refused', () => {
    const store = memoryStore();
    writeSession(store, { token: 'old', consultationId: 'c1', resumeCode: 'ABCD-EFGH' });
    store.setItem('hidamari.lang', 'en');
    const { conn, sockets } = setup({}, store);
    conn.open();
    sockets[0]!.fire('connect_error', Object.assign(new Error('UNAUTHENTICATED'), { data: { code: 'UNAUTHENTICATED' } }));
    expect(conn.getSnapshot()).toMatchObject({ notice: 'sessionEnded', consultation: { consultationId: null }, resumeCode: null });
    expect([...store.data.keys()]).toEqual(['hidamari.lang']);
  });

  it('should fetch the missed range when a message arrives after a gap', async () => {
    const store = memoryStore();
    writeSession(store, { token: 'tok', consultationId: 'c1', resumeCode: null });
    const { conn, sockets } = setup({ 'messages:sync': (p) => ({ ok: true, messages: (p as { afterSeq: number }).afterSeq === 1 ? [wire(2), wire(3)] : [wire(1)] }) }, store);
    conn.open();
    sockets[0]!.serverConnect();
    await flush();
    sockets[0]!.fire('message:created', wire(4));
    await flush();
    expect(sockets[0]!.eventsNamed('messages:sync').at(-1)).toEqual({ afterSeq: 1 });
    expect(conn.getSnapshot().messages.confirmed.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('should store the new token and reconnect with it when resumed with a code', async () => {
    const { conn, store, sockets } = setup({ 'consultation:resume': () => ({ ok: true, consultationId: 'c9', token: 'new' }) });
    expect(await conn.resume('abcd efgh jklm')).toEqual({ ok: true });
    expect(sockets[0]!.eventsNamed('consultation:resume')).toEqual([{ resumeCode: 'ABCD-EFGH-JKLM' }]);
    expect(sockets[0]!.auth).toEqual({ token: 'new' });
    expect(store.data.get(STORAGE_KEYS.token)).toBe('new');
    expect(conn.getSnapshot()).toMatchObject({ resumeCode: 'ABCD-EFGH-JKLM', consultation: { consultationId: 'c9', status: null } });
  });

  it('should close the consultation as left by the visitor and keep nothing of it in storage when leaving', async () => {
    const store = memoryStore();
    writeSession(store, { token: 'tok', consultationId: 'c1', resumeCode: null });
    const { conn, sockets } = setup({ 'messages:sync': () => ({ ok: true, messages: [] }), 'consultation:leave': () => ({ ok: true }) }, store);
    conn.open();
    sockets[0]!.serverConnect();
    sockets[0]!.fire('consultation:updated', { consultationId: 'c1', status: 'active', counselorName: 'Sato' });
    expect(await conn.leave()).toEqual({ ok: true });
    expect(conn.getSnapshot().consultation).toMatchObject({ status: 'closed', closeReason: 'visitor_left' });
    // Shown once on this screen; a reload (the next person at the device) finds the home page.
    expect(store.data.size).toBe(0);
  });

  it('should forget the stored consultation when the counselor closes it, and show read marks and notes meanwhile', async () => {
    const store = memoryStore();
    writeSession(store, { token: 'tok', consultationId: 'c1', resumeCode: 'ABCD-EFGH-JKLM' });
    const { conn, sockets } = setup({ 'messages:sync': () => ({ ok: true, messages: [wire(1, { sender: 'visitor' })], hasMore: false, readUpToSeq: 1 }) }, store);
    conn.open();
    sockets[0]!.serverConnect();
    sockets[0]!.fire('consultation:updated', { consultationId: 'c1', status: 'queued', queue: { position: 1, estimatedWaitSeconds: 60 } });
    await flush();
    expect(conn.getSnapshot().readUpToSeq).toBe(1);
    sockets[0]!.fire('consultation:updated', { consultationId: 'c1', status: 'active', counselorName: 'はる' });
    expect(conn.getSnapshot().notes).toMatchObject([{ kind: 'joined', name: 'はる', afterSeq: 1 }]);
    sockets[0]!.fire('messages:read', { consultationId: 'c1', upToSeq: 3 });
    sockets[0]!.fire('messages:read', { consultationId: 'c1', upToSeq: 2 });
    expect(conn.getSnapshot().readUpToSeq).toBe(3);
    expect(store.data.get(STORAGE_KEYS.token)).toBe('tok');
    sockets[0]!.fire('consultation:updated', { consultationId: 'c1', status: 'closed', closeReason: 'counselor_closed' });
    expect(store.data.size).toBe(0);
    expect(conn.getSnapshot().consultation.status).toBe('closed');
  });

  it('should send the same message again before any later one when the server answers BUSY', async () => {
    const store = memoryStore();
    writeSession(store, { token: 'tok', consultationId: 'c1', resumeCode: null });
    let busy = true;
    const { conn, sockets, timers } = setup({
      'messages:sync': () => ({ ok: true, messages: [] }),
      'message:send': (p) => (busy ? ((busy = false), { ok: false, error: { code: 'BUSY', message: 'retry shortly' } }) : echoSend(p)),
    }, store);
    conn.open();
    sockets[0]!.serverConnect();
    conn.send('first');
    conn.send('second');
    await flush();
    const ids = () => sockets[0]!.eventsNamed('message:send').map((p) => (p as { clientMessageId: string }).clientMessageId);
    expect(ids()).toEqual(['cid-1']);
    expect(conn.getSnapshot().messages.pending.map((p) => p.status)).toEqual(['pending', 'pending']);
    timers.shift()!();
    await flush();
    expect(ids()).toEqual(['cid-1', 'cid-1', 'cid-2']);
    expect(conn.getSnapshot().messages.confirmed.map((m) => m.body)).toEqual(['first', 'second']);
  });

  it('should keep a message pending and send it again after a pause when its ack times out', async () => {
    const store = memoryStore();
    writeSession(store, { token: 'tok', consultationId: 'c1', resumeCode: null });
    let answered = false;
    // No answer the first time: the client's ack timeout resolves as INTERNAL.
    const { conn, sockets, timers } = setup({
      'messages:sync': () => ({ ok: true, messages: [] }),
      'message:send': (p) => (answered ? echoSend(p) : ((answered = true), { ok: false, error: { code: 'INTERNAL', message: 'timeout' } })),
    }, store);
    conn.open();
    sockets[0]!.serverConnect();
    conn.send('one');
    conn.send('two');
    await flush();
    expect(conn.getSnapshot().messages.pending.map((p) => [p.body, p.status])).toEqual([['one', 'pending'], ['two', 'pending']]);
    timers.shift()!();
    await flush();
    expect(sockets[0]!.eventsNamed('message:send').map((p) => (p as { body: string }).body)).toEqual(['one', 'one', 'two']);
    expect(conn.getSnapshot().messages.confirmed.map((m) => m.body)).toEqual(['one', 'two']);
  });
});
