import { SupervisionOverviewSchema } from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { Services } from '../services.js';

/** Supervisors and admins: every open chat, every counselor's load, the open escalations (admins without conversation content). */
export function supervisionRoutes(deps: { services: Pick<Services, 'auth' | 'supervision'> }): FastifyPluginAsyncZod {
  const { auth, supervision } = deps.services;
  return async (app) => {
    app.get(
      '/api/supervision/overview',
      { preValidation: requireStaff(auth, ['supervisor', 'admin']), schema: { response: { 200: SupervisionOverviewSchema } } },
      async (request) => supervision.overview(request.staff!),
    );
  };
}
