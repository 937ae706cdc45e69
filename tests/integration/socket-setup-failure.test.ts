import { NAMESPACES, type VisitorConsultationUpdate } from '@hidamari/shared';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rooms } from '../../server/src/realtime/rooms.js';
import { ADMIN_ENV, next, ok } from '../support/clients.js';
import { claimedChat, dropped, eventually, reconnectVisitor, SocketBag, startVisitor } from '../support/flows.js';
import { captureLogs } from '../support/logs.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * A socket whose set-up query fails must be dropped (and the failure logged), so its client connects again,
 * instead of staying connected half set up. The fault is real: a second connection holds an exclusive lock on the
 * table the set-up reads, and the server's statement timeout ends the waiting query. PostgreSQL only.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('a database failure while a socket is set up', () => {
  const bag = new SocketBag();
  const logs = captureLogs('warn');
  let server: TestServer;
  let side: pg.Client;
  beforeAll(async () => {
    server = await startTestServer({ env: { ...ADMIN_ENV, DB_STATEMENT_TIMEOUT_MS: '1000' }, log: logs.log });
    side = new pg.Client({ connectionString: server.databaseUrl });
    await side.connect();
  });
  afterAll(async () => {
    bag.closeAll();
    await side?.end();
    await server?.close();
  });

  /** Runs `during` while `table` is locked against every other connection. */
  async function whileLocked<T>(table: 'staff' | 'consultations', during: () => Promise<T>): Promise<T> {
    await side.query('BEGIN');
    await side.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    try {
      return await during();
    } finally {
      await side.query('ROLLBACK');
    }
  }

  /** Connects without waiting, listening for the drop from the first moment. */
  function connecting(namespace: string, opts: { auth?: Record<string, string>; cookie?: string }): { socket: Socket; drop: Promise<string> } {
    const socket = bag.add(
      io(server.url + namespace, {
        auth: opts.auth ?? {}, extraHeaders: opts.cookie ? { cookie: opts.cookie } : {}, transports: ['websocket'], forceNew: true, reconnection: false,
      }),
    );
    return { socket, drop: dropped(socket, 15_000) };
  }

  it('should drop a returning visitor and log it when their consultation state cannot be read, and serve them when they connect again', async () => {
    const { socket: first, started } = await startVisitor(server, bag);
    first.disconnect();
    // The token check reads consultations; the state sent next (the queue standing) also reads staff capacity.
    const { socket, states } = await whileLocked('staff', async () => {
      const attempt = connecting(NAMESPACES.visitor, { auth: { token: started.token } });
      const states: VisitorConsultationUpdate[] = [];
      attempt.socket.on('consultation:updated', (u: VisitorConsultationUpdate) => states.push(u));
      expect(await attempt.drop).toBe('io server disconnect');
      return { socket: attempt.socket, states };
    });
    expect(socket.connected).toBe(false);
    expect(states).toEqual([]);
    expect(logs.text()).toContain('visitor socket set-up failed');

    const again = await reconnectVisitor(server, bag, started.token);
    const state = again.updates[0] ?? (await next<VisitorConsultationUpdate>(again.socket, 'consultation:updated'));
    expect(state).toMatchObject({ consultationId: started.consultationId, status: 'queued' });
  });

  it('should drop a counselor and log it when their open chats cannot be read, and put them back in those chats when they connect again', async () => {
    const chat = await claimedChat(server, bag);
    chat.counselor.socket.disconnect();
    await whileLocked('consultations', async () => {
      const attempt = connecting(NAMESPACES.staff, { cookie: chat.counselor.cookie });
      expect(await attempt.drop).toBe('io server disconnect');
    });
    expect(logs.text()).toContain('staff socket set-up failed');

    const back = connecting(NAMESPACES.staff, { cookie: chat.counselor.cookie }).socket;
    const arrived = next<{ body: string }>(back, 'message:created', (m) => m.body === 'まだいます');
    await new Promise<void>((resolve) => back.once('connect', () => resolve()));
    // The chat's room is joined once the open chats are read, just after the connect.
    await eventually(() => {
      const joined = [...server.hidamari.realtime.staffNsp.sockets.values()].some((s) => s.rooms.has(rooms.consultation(chat.consultationId)));
      expect(joined).toBe(true);
    });
    await ok(chat.visitor.socket, 'message:send', { clientMessageId: 'v-after', body: 'まだいます' });
    expect(await arrived).toMatchObject({ body: 'まだいます' });
  });
});
