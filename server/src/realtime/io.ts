import type { Server as HttpServer } from 'node:http';
import { NAMESPACES, type Env } from '@hidamari/shared';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { Server } from 'socket.io';
import { heartbeatMs } from '../consultation/sweep.rules.js';
import type { Services } from '../services.js';
import { createEventBinder, InFlight } from './ack.js';
import { originAllowed } from './origin.js';
import { PresenceRegistry } from './presence.registry.js';
import { connectRedisClients } from './redis-clients.js';
import { attachRealtimeEmitter } from './realtime.emitter.js';
import { attachHandoffEmitter } from './handoff.emitter.js';
import { attachEscalationEmitter } from './escalation.emitter.js';
import { attachRiskEmitter } from './risk.emitter.js';
import { attachSupervisionAccessEmitter } from './supervision-access.emitter.js';
import { attachReadEmitter } from './read.emitter.js';
import type { StaffNamespace, VisitorNamespace } from './realtime.types.js';
import { registerStaffHandlers } from './staff.handlers.js';
import { createStartLimiter } from './start-limiter.js';
import { createConnectionCap } from '../limits/connection-cap.js';
import { connectionCapMiddleware } from './connection-cap.middleware.js';
import { createEventLimiter } from '../limits/event-limiter.js';
import { eventBudgets } from '../limits/limits.rules.js';
import { registerVisitorHandlers } from './visitor.handlers.js';

export interface Realtime {
  io: Server;
  staffNsp: StaffNamespace;
  flushQueue(): Promise<void>;
  close(): Promise<void>;
}

/** Creates the Socket.IO server and wires both namespaces, the emitter and the presence heartbeat in one place. */
export async function createRealtime(httpServer: HttpServer, services: Services, env: Env, log: Logger): Promise<Realtime> {
  const io = new Server(httpServer, {
    serveClient: false,
    pingInterval: 20_000,
    pingTimeout: 20_000,
    maxHttpBufferSize: 64 * 1024,
    // Browsers always send Origin on a cross-site handshake; a missing one is a non-browser client.
    allowRequest: (req, cb) => {
      const origin = req.headers.origin;
      cb(null, !origin || originAllowed(origin, req.headers.host, env.ALLOWED_ORIGINS));
    },
  });

  const redis: Redis[] = [];
  if (env.REDIS_URL) {
    const { pub, sub } = await connectRedisClients(env.REDIS_URL, log);
    redis.push(pub, sub);
    io.adapter(createAdapter(pub, sub, { key: 'hidamari' }));
  }

  const visitorNsp = io.of(NAMESPACES.visitor) as unknown as VisitorNamespace;
  const staffNsp = io.of(NAMESPACES.staff) as unknown as StaffNamespace;
  const inflight = new InFlight();
  const bindEvents = createEventBinder(log, inflight);
  const presence = new PresenceRegistry();
  // Before the token check: a client over its connection cap costs no database read.
  const connectionCap = createConnectionCap(env.MAX_CONNECTIONS_PER_CLIENT, redis[0], log);
  visitorNsp.use(connectionCapMiddleware(connectionCap, env.TRUST_PROXY));
  const limits = createEventLimiter(eventBudgets(env.RATE_LIMIT_MESSAGES), redis[0]);

  registerVisitorHandlers({
    nsp: visitorNsp, staffNsp, services, bindEvents, presence, log, startLimiter: createStartLimiter(env.RATE_LIMIT_START, env.TRUST_PROXY, redis[0]), limits,
  });
  registerStaffHandlers({ nsp: staffNsp, visitorNsp, services, bindEvents, presence, log, limits });
  attachEscalationEmitter({ events: services.events, staff: staffNsp });
  attachRiskEmitter({ events: services.events, staff: staffNsp });
  attachHandoffEmitter({ events: services.events, staff: staffNsp });
  attachSupervisionAccessEmitter({ events: services.events, staff: staffNsp, consultations: services.consultations, log });
  attachReadEmitter({ events: services.events, visitors: visitorNsp, staff: staffNsp });
  const emitter = attachRealtimeEmitter({ events: services.events, visitors: visitorNsp, staff: staffNsp, queue: services.queue, log });

  const heartbeat = setInterval(() => {
    const { staffIds, consultationIds } = presence.snapshot();
    services.presence.refresh(staffIds, consultationIds).catch((err) => log.warn({ err }, 'presence heartbeat failed'));
  }, heartbeatMs(env.STAFF_GRACE_SECONDS));
  heartbeat.unref();

  return {
    io,
    staffNsp,
    flushQueue: () => emitter.flush(),
    async close() {
      clearInterval(heartbeat);
      connectionCap.stop();
      // Stop taking events, let handlers that already started finish their writes, then drop the sockets.
      for (const nsp of [visitorNsp, staffNsp]) for (const s of nsp.sockets.values()) s.removeAllListeners().offAny();
      await Promise.race([inflight.idle(), new Promise((r) => setTimeout(r, 5000))]);
      emitter.stop();
      // Not io.close(): it would also close the HTTP server, which Fastify closes itself.
      io.disconnectSockets(true);
      io.engine.close();
      await Promise.all(redis.map((r) => r.quit().catch(() => undefined)));
    },
  };
}
