import type { Ack, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import type { PendingMessage } from '../message-merge';
import { clearOutbox, readOutbox, type OutboxStore } from './outbox.storage';
import { StaffOutbox } from './staff-outbox';

function memoryStore(): OutboxStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null, get length() { return data.size; },
  };
}

type Answer = (p: PendingMessage) => Ack<{ message: WireMessage }>;
const stored = (p: PendingMessage, seq: number): WireMessage => ({
  id: `m-${p.clientMessageId}`, consultationId: 'c1', seq, sender: 'staff', body: p.body, visibility: p.visibility,
  clientMessageId: p.clientMessageId, createdAt: 'now', kind: 'text',
});
const flush = () => new Promise((r) => setTimeout(r, 0));

/** The test plays the server (its answers in order) and the clock (timers run when it says). */
function setup(answers: Answer[] = [], store = memoryStore(), staffId = 's1') {
  const sent: string[] = [];
  const timers: (() => void)[] = [];
  let connected = true;
  let n = 0;
  let seq = 0;
  const outbox = new StaffOutbox({
    staffId, storage: store, newId: () => `k${++n}`, now: () => 'now',
    schedule: (fn) => (timers.push(fn), () => timers.splice(timers.indexOf(fn), 1)),
    connected: () => connected,
    request: (_c, p) => {
      sent.push(p.clientMessageId);
      const answer = answers.shift() ?? ((x: PendingMessage) => ({ ok: true as const, message: stored(x, ++seq) }));
      return Promise.resolve(answer(p));
    },
    onSent: () => undefined,
  });
  return { outbox, store, sent, timers, setOnline: (v: boolean) => (connected = v) };
}

const busy: Answer = () => ({ ok: false, error: { code: 'BUSY', message: 'retry shortly' } });
const closed: Answer = () => ({ ok: false, error: { code: 'CONSULTATION_CLOSED', message: 'closed' } });

describe('StaffOutbox', () => {
  it('should keep unsent messages in storage while offline and send them in order with their ids when flushed', async () => {
    const t = setup();
    t.setOnline(false);
    t.outbox.add('c1', 'first', 'all');
    t.outbox.add('c1', 'note', 'staff');
    await flush();
    expect(t.sent).toEqual([]);
    expect(readOutbox(t.store, 's1').c1?.map((p) => [p.clientMessageId, p.visibility])).toEqual([['k1', 'all'], ['k2', 'staff']]);
    t.setOnline(true);
    t.outbox.flush(['c1']);
    await flush();
    expect(t.sent).toEqual(['k1', 'k2']);
    expect(t.outbox.getSnapshot()).toEqual({});
    expect(t.store.data.size).toBe(0);
  });

  it('should restore the outbox after a reload and resend the same ids in order when flushed', async () => {
    const before = setup();
    before.setOnline(false);
    before.outbox.add('c1', 'one', 'all');
    before.outbox.add('c1', 'two', 'all');
    const after = setup([], before.store);
    expect(after.outbox.getSnapshot().c1?.map((p) => [p.body, p.status])).toEqual([['one', 'pending'], ['two', 'pending']]);
    after.outbox.flush(['c1']);
    await flush();
    expect(after.sent).toEqual(['k1', 'k2']);
  });

  it('should leave nothing in storage when a message is acknowledged', async () => {
    const t = setup();
    t.outbox.add('c1', 'hello', 'all');
    await flush();
    expect(t.sent).toEqual(['k1']);
    expect(t.store.data.size).toBe(0);
    expect(readOutbox(t.store, 's1')).toEqual({});
  });

  it('should retry a busy message after the pause before sending the next when the server answers BUSY', async () => {
    const t = setup([busy]);
    t.outbox.add('c1', 'a', 'all');
    t.outbox.add('c1', 'b', 'all');
    await flush();
    expect(t.sent).toEqual(['k1']);
    expect(t.outbox.getSnapshot().c1?.map((p) => p.status)).toEqual(['pending', 'pending']);
    t.timers.shift()!();
    await flush();
    expect(t.sent).toEqual(['k1', 'k1', 'k2']);
    expect(t.outbox.getSnapshot()).toEqual({});
  });

  it('should mark a refused message not sent and go on with the next when the refusal is final', async () => {
    const t = setup([closed]);
    t.outbox.add('c1', 'a', 'all');
    t.outbox.add('c1', 'b', 'all');
    await flush();
    expect(t.sent).toEqual(['k1', 'k2']);
    expect(t.outbox.getSnapshot().c1).toMatchObject([{ clientMessageId: 'k1', status: 'failed', errorCode: 'CONSULTATION_CLOSED' }]);
    t.outbox.retry('c1', 'k1');
    await flush();
    expect(t.sent).toEqual(['k1', 'k2', 'k1']);
  });

  it('should wait for the reconnect and not mark the message failed when the connection drops mid-send', async () => {
    const t = setup([(p) => (t.setOnline(false), { ok: false, error: { code: 'INTERNAL', message: `timeout ${p.clientMessageId}` } })]);
    t.outbox.add('c1', 'a', 'all');
    t.outbox.add('c1', 'b', 'all');
    await flush();
    expect(t.timers).toEqual([]);
    expect(t.outbox.getSnapshot().c1?.map((p) => p.status)).toEqual(['pending', 'pending']);
    t.setOnline(true);
    t.outbox.flush(['c1']);
    await flush();
    expect(t.sent).toEqual(['k1', 'k1', 'k2']);
  });

  it('should forget chats no longer held and clear only this staff member on logout', () => {
    const store = memoryStore();
    const a = setup([], store, 's1');
    const b = setup([], store, 's2');
    a.setOnline(false);
    b.setOnline(false);
    a.outbox.add('c1', 'x', 'all');
    a.outbox.add('c2', 'y', 'all');
    b.outbox.add('c1', 'z', 'all');
    a.outbox.retain(new Set(['c2']));
    expect(Object.keys(readOutbox(store, 's1'))).toEqual(['c2']);
    clearOutbox(store, 's1');
    expect(readOutbox(store, 's1')).toEqual({});
    expect(readOutbox(store, 's2').c1?.map((p) => p.body)).toEqual(['z']);
  });
});
