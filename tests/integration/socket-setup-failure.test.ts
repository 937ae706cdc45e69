import { NAMESPACES, type VisitorConsultationUpdate } from '@hidamari/shared';
import { io, type Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { rooms } from '../../server/src/realtime/rooms.js';
import { ADMIN_ENV, next, ok } from '../support/clients.js';
import { claimedChat, dropped, eventually, reconnectVisitor, startVisitor } from '../support/flows.js';
import { captureLogs } from '../support/logs.js';
import { serverWithSideConnection } from '../support/suite.js';

/**
 * A socket whose set-up query fails must be dropped (and the failure logged), so its client connects again,
 * instead of staying connected half set up. The fault is real: a second connection holds an exclusive lock on the
 * table the set-up reads, and the server's statement timeout ends the waiting query. PostgreSQL only.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('a database failure while a socket is set up', () => {
  const logs = captureLogs('warn');
  const ctx = serverWithSideConnection({ env: { ...ADMIN_ENV, DB_STATEMENT_TIMEOUT_MS: '1000' }, log: logs.log });
  const { bag } = ctx;

  /** Runs `during` while `table` is locked against every other connection. */
  async function whileLocked<T>(table: 'staff' | 'consultations', during: () => Promise<T>): Promise<T> {
    await ctx.side.query('BEGIN');
    await ctx.side.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    try {
      return await during();
    } finally {
      await ctx.side.query('ROLLBACK');
    }
  }

  /** Connects without waiting, listening for the drop from the first moment. */
  function connecting(namespace: string, opts: { auth?: Record<string, string>; cookie?: string }): { socket: Socket; drop: Promise<string> } {
    const socket = bag.add(
      io(ctx.server.url + namespace, {
        auth: opts.auth ?? {}, extraHeaders: opts.cookie ? { cookie: opts.cookie } : {}, transports: ['websocket'], forceNew: true, reconnection: false,
      }),
    );
    return { socket, drop: dropped(socket, 15_000) };
  }

  it('should drop a returning visitor and log it when their consultation state cannot be read, and serve them when they connect again', async () => {
    const { socket: first, started } = await startVisitor(ctx.server, bag);
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

    const again = await reconnectVisitor(ctx.server, bag, started.token);
    const state = again.updates[0] ?? (await next<VisitorConsultationUpdate>(again.socket, 'consultation:updated'));
    expect(state).toMatchObject({ consultationId: started.consultationId, status: 'queued' });
  });

  it('should drop a counselor and log it when their open chats cannot be read, and put them back in those chats when they connect again', async () => {
    const chat = await claimedChat(ctx.server, bag);
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
      const joined = [...ctx.server.hidamari.realtime.staffNsp.sockets.values()].some((s) => s.rooms.has(rooms.consultation(chat.consultationId)));
      expect(joined).toBe(true);
    });
    await ok(chat.visitor.socket, 'message:send', { clientMessageId: 'v-after', body: 'まだいます' });
    expect(await arrived).toMatchObject({ body: 'まだいます' });
  });
});
