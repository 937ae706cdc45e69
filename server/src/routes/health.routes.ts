import type { FastifyPluginAsync } from 'fastify';

export function healthRoutes(deps: { ping(): Promise<void> }): FastifyPluginAsync {
  return async (app) => {
    app.get('/healthz', async () => ({ ok: true }));
    app.get('/readyz', async (_req, reply) => {
      try {
        await deps.ping();
        return { ok: true };
      } catch {
        return reply.status(503).send({ ok: false, error: { code: 'INTERNAL', message: 'database unreachable' } });
      }
    });
  };
}
