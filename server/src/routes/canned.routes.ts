import {
  CannedReplyCreateSchema, CannedReplyIdParamsSchema, CannedReplyListResponseSchema, CannedReplyResponseSchema, CannedReplyUpdateSchema,
} from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { Services } from '../services.js';

/** Canned replies: any signed-in staff member reads the merged list and keeps their own; admins keep the center's. */
export function cannedRoutes(deps: { services: Pick<Services, 'auth' | 'canned'> }): FastifyPluginAsyncZod {
  const { auth, canned } = deps.services;
  return async (app) => {
    const staff = requireStaff(auth);
    app.get('/api/canned-replies', { preValidation: staff, schema: { response: { 200: CannedReplyListResponseSchema } } }, async (request) => ({
      replies: await canned.list(request.staff!),
    }));
    app.post('/api/canned-replies', {
      preValidation: staff, schema: { body: CannedReplyCreateSchema, response: { 201: CannedReplyResponseSchema } },
    }, async (request, reply) => reply.code(201).send({ reply: await canned.create(request.staff!, request.body) }));
    app.patch('/api/canned-replies/:id', {
      preValidation: staff, schema: { params: CannedReplyIdParamsSchema, body: CannedReplyUpdateSchema, response: { 200: CannedReplyResponseSchema } },
    }, async (request) => ({ reply: await canned.update(request.staff!, request.params.id, request.body) }));
    app.delete('/api/canned-replies/:id', { preValidation: staff, schema: { params: CannedReplyIdParamsSchema } }, async (request, reply) => {
      await canned.remove(request.staff!, request.params.id);
      return reply.status(204).send();
    });
  };
}
