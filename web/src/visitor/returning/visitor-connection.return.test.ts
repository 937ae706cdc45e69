import type { Ack } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import type { VisitorSocket } from '../../lib/socket';
import type { KeyValueStore } from '../session.storage';
import { VisitorConnection } from '../visitor-connection';

type Reply = (payload: unknown) => Ack | undefined;

/** The least of a socket the return-key calls need: the test plays the server. */
class FakeSocket {
  auth: Record<string, unknown> = {};
  connected = true;
  active = true;
  disconnected = false;
  readonly sent: { event: string; payload: unknown }[] = [];
  constructor(private readonly replies: Record<string, Reply>) {}
  on() { return this; }
  removeAllListeners() { return this; }
  emit() { return this; }
  timeout() {
    return {
      emit: (event: string, payload: unknown, cb: (err: Error | null, res?: Ack) => void) => {
        this.sent.push({ event, payload });
        const res = this.replies[event]?.(payload);
        queueMicrotask(() => (res ? cb(null, res) : cb(new Error('no answer'))));
      },
    };
  }
  connect() { return this; }
  disconnect() { this.disconnected = true; this.connected = false; return this; }
}

function setup(replies: Record<string, Reply>) {
  const data = new Map<string, string>();
  const store: KeyValueStore = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  const sockets: FakeSocket[] = [];
  const conn = new VisitorConnection({
    storage: store,
    connect: () => {
      const s = new FakeSocket(replies);
      sockets.push(s);
      return s as unknown as VisitorSocket;
    },
    newId: () => 'cid',
    now: () => '2026-12-01T00:00:00Z',
  });
  return { conn, sockets };
}

const NEXT = '2026-12-02T01:00:00.000Z';
const started = (linked: object): Reply => () => ({
  ok: true as const, consultationId: 'c1', token: 'tok', resumeCode: 'ABCD-EFGH-JKLM', queue: { position: 1, estimatedWaitSeconds: null },
  service: { open: true, nextOpening: null }, linked,
});

describe('VisitorConnection with a return key', () => {
  it('should check a key on a socket of its own and let it go', async () => {
    const { conn, sockets } = setup({ 'returnKey:check': () => ({ ok: true, previousCount: 2, counselorName: 'はる', lastConsultationAt: NEXT, cards: [] }) });
    const res = await conn.checkReturnKey('ABCD-EFGH-JKLM-NPQR');
    expect(res).toMatchObject({ ok: true, previousCount: 2 });
    expect(sockets[0]!.sent).toEqual([{ event: 'returnKey:check', payload: { returnKey: 'ABCD-EFGH-JKLM-NPQR' } }]);
    expect(sockets[0]!.disconnected).toBe(true);
    expect(conn.getSnapshot().consultation.consultationId).toBeNull();
  });

  it('should wait for the asked-for counselor from the start ack, then tell the server the choice', async () => {
    const { conn, sockets } = setup({
      'consultation:start': started({ previousCount: 1, counselorName: 'はる', counselorNextShiftAt: NEXT }),
      'consultation:prefer': () => ({ ok: true, queue: { position: 1, estimatedWaitSeconds: 3600 } }),
      'messages:sync': () => ({ ok: true, messages: [], hasMore: false, readUpToSeq: 0 }),
    });
    await conn.start({ audience: 'self', topic: 'other', returnKey: 'ABCD-EFGH-JKLM-NPQR', preferCounselor: true });
    expect(conn.getSnapshot().linked).toEqual({ previousCount: 1, counselorName: 'はる', counselorNextShiftAt: NEXT });
    expect(conn.getSnapshot().consultation.preferred).toMatchObject({ mode: 'wait', nextShiftAt: NEXT, chosen: null });
    expect(await conn.prefer('wait')).toEqual({ ok: true });
    expect(sockets.at(-1)!.sent.filter((s) => s.event === 'consultation:prefer')).toEqual([{ event: 'consultation:prefer', payload: { choice: 'wait' } }]);
    expect(conn.getSnapshot().consultation.preferred?.chosen).toBe('wait');
    expect(conn.getSnapshot().consultation.queue?.estimatedWaitSeconds).toBe(3600);
  });

  it('should not ask the server when nothing is kept for a counselor with no shift planned', async () => {
    const { conn, sockets } = setup({
      'consultation:start': started({ previousCount: 1, counselorName: 'はる', counselorNextShiftAt: null }),
      'messages:sync': () => ({ ok: true, messages: [], hasMore: false, readUpToSeq: 0 }),
    });
    await conn.start({ audience: 'self', topic: 'other', returnKey: 'ABCD-EFGH-JKLM-NPQR', preferCounselor: true });
    expect(await conn.prefer('anyone')).toEqual({ ok: true });
    expect(sockets.flatMap((s) => s.sent).some((s) => s.event === 'consultation:prefer')).toBe(false);
    expect(conn.getSnapshot().consultation.preferred).toBeNull();
    expect(conn.getSnapshot().consultation.preferredNotice).toBe('anyone');
  });
});
