import { ServiceStatusSchema, StatusQuerySchema } from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../services.js';

/** Public: is anyone answering now, until when or from when, and where to call in a crisis. */
export function statusRoutes(deps: { services: Pick<Services, 'status'> }): FastifyPluginAsyncZod {
  const { status } = deps.services;
  return async (app) => {
    app.get('/api/status', { schema: { querystring: StatusQuerySchema, response: { 200: ServiceStatusSchema } } }, async (request) =>
      status.status(request.query.locale ?? 'ja'));
  };
}
