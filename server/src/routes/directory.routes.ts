import {
  ServiceIdParamsSchema, ServiceInputSchema, ServiceListResponseSchema, ServicePatchSchema, ServiceQuerySchema, ServiceResponseSchema,
} from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { Services } from '../services.js';

/** The directory of local services: admins keep it; whoever counsels searches it beside the chat (to send a card). */
export function directoryRoutes(deps: { services: Pick<Services, 'auth' | 'directory'> }): FastifyPluginAsyncZod {
  const { auth, directory } = deps.services;
  return async (app) => {
    // Guards run before validation, so a caller who may not use a route learns nothing from its validation errors.
    const admin = requireStaff(auth, 'admin');
    const reader = requireStaff(auth, ['admin', 'counselor', 'supervisor']);
    app.get('/api/services', { preValidation: reader, schema: { querystring: ServiceQuerySchema, response: { 200: ServiceListResponseSchema } } }, async (request) => ({
      services: await directory.search(request.query),
    }));
    app.get('/api/services/:id', { preValidation: reader, schema: { params: ServiceIdParamsSchema, response: { 200: ServiceResponseSchema } } }, async (request) => ({
      service: await directory.get(request.params.id),
    }));
    app.post('/api/services', { preValidation: admin, schema: { body: ServiceInputSchema, response: { 201: ServiceResponseSchema } } }, async (request, reply) =>
      reply.code(201).send({ service: await directory.create(request.staff!.id, request.body) }));
    app.patch('/api/services/:id', {
      preValidation: admin, schema: { params: ServiceIdParamsSchema, body: ServicePatchSchema, response: { 200: ServiceResponseSchema } },
    }, async (request) => ({ service: await directory.update(request.staff!.id, request.params.id, request.body) }));
    app.delete('/api/services/:id', { preValidation: admin, schema: { params: ServiceIdParamsSchema } }, async (request, reply) => {
      await directory.remove(request.staff!.id, request.params.id);
      return reply.status(204).send();
    });
  };
}
