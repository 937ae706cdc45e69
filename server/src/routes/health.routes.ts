import { ErrorCode, HealthResponseSchema, NotReadyResponseSchema } from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export function healthRoutes(deps: { ping(): Promise<void> }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/healthz', { schema: { response: { 200: HealthResponseSchema } } }, async () => ({ ok: true as const }));
    app.get('/readyz', { schema: { response: { 200: HealthResponseSchema, 503: NotReadyResponseSchema } } }, async (_req, reply) => {
      try {
        await deps.ping();
        return { ok: true as const };
      } catch {
        return reply.status(503).send({ ok: false, error: { code: ErrorCode.INTERNAL, message: 'database unreachable' } });
      }
    });
  };
}
