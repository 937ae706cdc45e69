import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { Env } from '@hidamari/shared';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { pino, type Logger } from 'pino';
import { loggerOptions } from './config/logger.js';
import { openDatabase, type Database } from './db/client.js';
import { useKeyring } from './crypto/index.js';
import { loadKeyring } from './crypto/keys.js';
import { seedDemo } from './demo/demo.seed.js';
import { errorHandler } from './http/error-handler.js';
import { originGuard } from './http/origin-guard.js';
import { allowedConnectSources, ownSocketDirective, securityHeaders } from './http/security-headers.js';
import { connectLimitStore, useSharedSalt } from './privacy/limit-store.js';
import { registerSpa } from './http/spa.js';
import { createRealtime, type Realtime } from './realtime/io.js';
import { auditRoutes } from './routes/audit.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { rosterRoutes } from './routes/roster.routes.js';
import { shiftRoutes } from './routes/shift.routes.js';
import { staffRoutes } from './routes/staff.routes.js';
import { settingsRoutes } from './routes/settings.routes.js';
import { statusRoutes } from './routes/status.routes.js';
import { teamRoutes } from './routes/team.routes.js';
import { supervisionRoutes } from './routes/supervision.routes.js';
import { reportsRoutes } from './routes/reports.routes.js';
import { surveyRoutes } from './routes/survey.routes.js';
import { cannedRoutes } from './routes/canned.routes.js';
import { directoryRoutes } from './routes/directory.routes.js';
import { offersRoutes } from './routes/offers.routes.js';
import { createServices, type Services } from './services.js';

export interface Hidamari {
  app: FastifyInstance;
  realtime: Realtime;
  services: Services;
  database: Database;
  port: number;
  log: Logger;
  close(): Promise<void>;
}

/**
 * Opens the database (migrations applied), builds services, then registers in a
 * fixed order: external plugins → guards → routes → SPA; then Socket.IO and the sweeper.
 */
/** `now`: the clock every service reads (tests move it; the default is the system's). */
export async function startHidamari(env: Env, opts: { log?: Logger; now?: () => Date } = {}): Promise<Hidamari> {
  const log = opts.log ?? pino(loggerOptions(env));
  // Before the database: nothing is read or written without the keyring (MESSAGE_KEY, or embedded mode's generated key).
  useKeyring(loadKeyring(env, log));
  const database = await openDatabase(env, log);
  const services = createServices(database, env, log, opts.now);

  const app = Fastify({
    loggerInstance: log,
    // Trust exactly TRUST_PROXY hops of X-Forwarded-For (the default 0 trusts none), as the socket limiter does.
    trustProxy: (_address: string, hop: number) => hop < env.TRUST_PROXY,
    bodyLimit: 64 * 1024,
    // Fastify's 10 s default for a plugin to load failed a start on a machine with every core busy (a test suite beside
    // two CPU burners); a plugin that truly hangs still fails the start, just later.
    pluginTimeout: 120_000,
  }) as unknown as FastifyInstance;
  app.setErrorHandler(errorHandler);
  // Routes declare shared zod schemas: bodies are parsed by them, answers filtered through them.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The service's own origin (and its WebSocket form) and ALLOWED_ORIGINS only: no blanket ws:/wss:.
        connectSrc: ["'self'", ownSocketDirective(env.TRUST_PROXY), ...allowedConnectSources(env.ALLOWED_ORIGINS)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // Sent by securityHeaders only when the request came over TLS.
    hsts: false,
  });
  app.addHook('onSend', securityHeaders);
  // With Redis, limits and the salt of their keys are the cluster's: a limit of 10 must not become 10 per process.
  // While Redis is unreachable the login limit is skipped rather than turning every login into an error.
  const limitStore = env.REDIS_URL ? await connectLimitStore(env.REDIS_URL, log) : undefined;
  if (limitStore) await useSharedSalt(limitStore);
  await app.register(fastifyRateLimit, { global: false, ...(limitStore ? { redis: limitStore, nameSpace: 'hidamari:login:', skipOnError: true } : {}) });
  app.addHook('onRequest', originGuard(env.ALLOWED_ORIGINS));

  const realtime = await createRealtime(app.server, services, env, log);
  await app.register(healthRoutes({ ping: database.ping }));
  await app.register(authRoutes({ services, loginPerMinute: env.RATE_LIMIT_LOGIN }));
  await app.register(staffRoutes({ services }));
  await app.register(auditRoutes({ services }));
  await app.register(teamRoutes({ services }));
  await app.register(supervisionRoutes({ services }));
  await app.register(reportsRoutes({ services }));
  await app.register(shiftRoutes({ services }));
  await app.register(rosterRoutes({ services }));
  await app.register(statusRoutes({ services }));
  await app.register(settingsRoutes({ services }));
  await app.register(surveyRoutes({ services }));
  await app.register(cannedRoutes({ services }));
  await app.register(directoryRoutes({ services }));
  await app.register(offersRoutes({ services }));
  await registerSpa(app);

  await app.ready();

  if (env.DEMO) await seedDemo(services, database.db, log);
  const boot = await services.setup.bootstrap(env);
  if (boot.createdAdmin) log.info({ loginId: boot.createdAdmin }, 'created the first admin from ADMIN_LOGIN');

  const sweep = setInterval(() => {
    services.sweeper.sweepOnce().catch((err) => log.warn({ err }, 'sweep failed'));
  }, env.SWEEP_INTERVAL_MS);
  sweep.unref();
  // The retention purge: each process tries; SKIP LOCKED splits the due rows between them (see retention.service).
  const purge = setInterval(() => {
    services.retention.purgeOnce().catch((err) => log.warn({ err }, 'retention purge failed'));
  }, Math.max(env.SWEEP_INTERVAL_MS, 60_000));
  purge.unref();

  await app.listen({ port: env.PORT, host: env.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  if (boot.setupToken) {
    log.warn(`No admin exists yet. Open http://localhost:${port}/staff/setup?token=${boot.setupToken} to create one (valid until used).`);
  }

  let closing: Promise<void> | undefined;
  return {
    app, realtime, services, database, port, log,
    close() {
      closing ??= (async () => {
        clearInterval(sweep);
        clearInterval(purge);
        await realtime.close();
        await app.close();
        await limitStore?.quit().catch(() => undefined);
        await database.close();
      })();
      return closing;
    },
  };
}
