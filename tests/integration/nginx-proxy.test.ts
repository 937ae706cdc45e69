import { NAMESPACES, type QueueItem, type VisitorConsultationUpdate, type WireMessage } from '@hidamari/shared';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, createShift, createStaff, next, ok, type StaffClient, type VisitorClient } from '../support/clients.js';
import { myConsultations, record, SocketBag, staffSync, visitorSync } from '../support/flows.js';
import { agentFrom, assertNginx, getFrom, startAppProcess, startNginx, type Child } from '../support/nginx.js';
import { freshDatabase, type TestServer } from '../support/test-server.js';

type Transport = 'websocket' | 'polling';

// Needs PostgreSQL (two processes share it) and nginx at /usr/sbin/nginx (a clear failure, not a skip, when missing).
describe.skipIf(!process.env.TEST_DATABASE_URL)('two server processes behind nginx running deploy/nginx/hidamari.conf.template', () => {
  const bag = new SocketBag();
  const apps: Child[] = [];
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  /** Loopback source addresses by the process nginx sends them to: sides[i] reach apps[i]. */
  const sides: [string[], string[]] = [[], []];
  let front: TestServer;

  beforeAll(async () => {
    assertNginx();
    db = await freshDatabase(process.env.TEST_DATABASE_URL!);
    const env = { DATABASE_URL: db.url, REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' };
    const ports: number[] = [];
    // One after the other: the first applies the migrations.
    for (let i = 0; i < 2; i++) {
      const app = await startAppProcess(env);
      apps.push(app.child);
      ports.push(app.port);
    }
    nginx = await startNginx([`127.0.0.1:${ports[0]}`, `127.0.0.1:${ports[1]}`]);
    // The client helpers only read `url`: here it is the proxy's.
    front = { url: nginx.url } as TestServer;
    // Which process does each source address reach? A probe's path shows up in exactly one process's request log.
    for (let host = 2; (sides[0].length < 4 || sides[1].length < 4) && host < 200; host++) {
      const from = `127.0.0.${host}`;
      await getFrom(nginx.url, `/probe/${from}`, from);
      const served = await Promise.any(apps.map((a, i) => a.waitFor(new RegExp(`"path":"/probe/${from.replaceAll('.', '\\.')}"`), 5000).then(() => i)));
      sides[served as 0 | 1].push(from);
    }
    if (sides.some((s) => s.length < 4)) throw new Error(`nginx sent too few source addresses to one process: ${JSON.stringify(sides)}`);
  }, 240_000);

  afterEach(() => bag.closeAll());
  afterAll(async () => {
    bag.closeAll();
    await nginx?.stop();
    await Promise.all(apps.map((a) => a.stop()));
    await db?.drop();
  }, 60_000);

  /** Options of a socket that reaches the proxy from `from`: in Node, Engine.IO hands `agent` to both transports (its type says string). */
  const via = (from: string, transports: Transport[], reconnection: boolean) => ({
    transports, forceNew: true, reconnection, reconnectionDelay: 100, reconnectionDelayMax: 500, randomizationFactor: 0,
    localAddress: from, agent: agentFrom(from) as unknown as string,
  });
  const connected = <S extends Socket>(socket: S): Promise<S> =>
    new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  const visitor = (from: string, transports: Transport[] = ['polling']): Promise<VisitorClient> =>
    connected(bag.add(io(nginx.url + NAMESPACES.visitor, { ...via(from, transports, false), auth: {} })));
  async function staff(from: string, transports: Transport[] = ['websocket', 'polling']): Promise<StaffClient> {
    const member = await createStaff(front, { maxConcurrent: 10 });
    await createShift(front, member.staff.id);
    const socket = await connected(bag.add(io(nginx.url + NAMESPACES.staff, { ...via(from, transports, true), extraHeaders: { cookie: member.cookie } })));
    await ok(socket, 'duty:set', { onDuty: true });
    return socket;
  }
  const start = (v: VisitorClient, message?: string) =>
    ok(v, 'consultation:start', { audience: 'self', topic: 'daily-life', ...(message ? { message } : {}) });

  it('should carry a conversation both ways live when visitor and counselor reach different processes through the proxy', async () => {
    const counselor = await staff(sides[1][0]!);
    // Long-polling only: every request of the visitor must reach the same process (sticky sessions).
    const v = await visitor(sides[0][0]!, ['polling']);
    const offered = next<{ items: QueueItem[] }>(counselor, 'queue:updated', (u) => u.items.some((i) => i.preview === 'プロキシ越しに'));
    const { consultationId } = await start(v, 'プロキシ越しに');
    await offered;

    const claimSeen = next<VisitorConsultationUpdate>(v, 'consultation:updated', (u) => u.status === 'active');
    await ok(counselor, 'consultation:claim', { consultationId });
    await claimSeen;
    for (let i = 0; i < 3; i++) {
      const toStaff = next<WireMessage>(counselor, 'message:created', (m) => m.clientMessageId === `v-${i}`);
      await ok(v, 'message:send', { clientMessageId: `v-${i}`, body: `聞こえますか ${i}` });
      expect((await toStaff).body).toBe(`聞こえますか ${i}`);
      const toVisitor = next<WireMessage>(v, 'message:created', (m) => m.clientMessageId === `s-${i}`);
      await ok(counselor, 'message:send', { consultationId, clientMessageId: `s-${i}`, body: `はい ${i}` });
      expect((await toVisitor).body).toBe(`はい ${i}`);
    }
  });

  it('should give each chat to exactly one counselor when counselors on both processes claim the same chats at once', async () => {
    const team = await Promise.all([0, 1].flatMap((side) => [1, 2, 3].map(async (k) => ({ side, socket: await staff(sides[side]![k]!, ['websocket']) }))));
    const ids = await Promise.all(Array.from({ length: 10 }, async (_, i) => (await start(await visitor(sides[i % 2]![0]!, ['websocket']))).consultationId));

    const acks = await Promise.all(ids.map((consultationId) => Promise.all(team.map((c) => call(c.socket, 'consultation:claim', { consultationId })))));
    const held = await Promise.all(team.map((c) => myConsultations(c.socket)));
    ids.forEach((id, i) => {
      const perChat = acks[i]!;
      const winners = team.filter((_, k) => perChat[k]!.ok);
      expect(winners).toHaveLength(1);
      // The losers are on both processes: the race really crossed the proxy's two upstreams.
      const losers = team.filter((_, k) => !perChat[k]!.ok);
      expect(new Set(losers.map((c) => c.side))).toEqual(new Set([0, 1]));
      expect(perChat.filter((a) => !a.ok).map((a) => !a.ok && a.error.code)).toEqual(Array(team.length - 1).fill('ALREADY_CLAIMED'));
      // The database agrees with the acks.
      expect(team.filter((_, k) => held[k]!.some((c) => c.id === id))).toEqual(winners);
    });
  });

  it('should move the clients of a killed process to the other one through the proxy and lose no message when it is killed mid-chat', async () => {
    const [doomed, survivor] = [sides[0], sides[1]];
    const bystander = await staff(survivor[0]!);
    const bystanderDrops = record<string>(bystander, 'disconnect');
    const counselor = await staff(doomed[1]!);
    const v = await visitor(doomed[0]!, ['polling']);
    const seen = record<WireMessage>(v, 'message:created');
    const { consultationId, token } = await start(v);
    v.auth = { token };
    await ok(counselor, 'consultation:claim', { consultationId });
    const live = next<WireMessage>(v, 'message:created', (m) => m.clientMessageId === 's-before');
    await ok(counselor, 'message:send', { consultationId, clientMessageId: 's-before', body: 'ここにいます' });
    await live;

    const visitorGone = next<string>(v, 'disconnect');
    const counselorBack = next<string>(counselor, 'disconnect').then(() => next(counselor, 'connect', () => true, 30_000));
    await apps[0]!.stop('SIGKILL');
    await visitorGone;
    // The counselor reconnects on its own (through nginx, so to the surviving process) and writes while the visitor is away.
    await counselorBack;
    for (const id of ['s-away-1', 's-away-2']) await ok(counselor, 'message:send', { consultationId, clientMessageId: id, body: 'まだいますか' });

    // The visitor comes back with its token, as the web app does, through the same proxy.
    const back = connected(v);
    v.connect();
    await back;
    const lastLive = Math.max(...seen.map((m) => m.seq));
    const missed = await visitorSync(v, lastLive);
    expect(missed.map((m) => m.clientMessageId)).toEqual(expect.arrayContaining(['s-away-1', 's-away-2']));
    const all = [...seen.filter((m) => m.seq <= lastLive), ...missed].map((m) => m.seq);
    expect(all).toEqual(all.map((_, i) => i + 1));

    // Live again both ways. The counselor's rooms are joined just after its reconnect, so retry until one arrives.
    let delivered: WireMessage | undefined;
    for (let i = 0; i < 20 && !delivered; i++) {
      const arrives = next<WireMessage>(counselor, 'message:created', (m) => m.clientMessageId === `v-after-${i}`, 500).catch(() => undefined);
      await ok(v, 'message:send', { clientMessageId: `v-after-${i}`, body: 'もどりました' });
      delivered = await arrives;
    }
    expect(delivered).toBeDefined();
    const reply = next<WireMessage>(v, 'message:created', (m) => m.clientMessageId === 's-after');
    await ok(counselor, 'message:send', { consultationId, clientMessageId: 's-after', body: 'おかえりなさい' });
    await reply;
    const stored = await staffSync(counselor, consultationId);
    expect(stored.map((m) => m.seq)).toEqual(stored.map((_, i) => i + 1));
    // The counselor on the surviving process never noticed.
    expect(bystanderDrops).toEqual([]);
    expect(bystander.connected).toBe(true);
  }, 60_000);
});
