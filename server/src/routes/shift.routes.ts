import {
  IdParamsSchema, ShiftBulkResponseSchema, ShiftBulkSchema, ShiftCreateSchema, ShiftListQuerySchema, ShiftListResponseSchema,
  ShiftResponseSchema, ShiftUpdateSchema,
} from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { Services } from '../services.js';

/** Admin: the duty roster's shifts. Every change carries the acting admin's id for the audit log. */
export function shiftRoutes(deps: { services: Pick<Services, 'auth' | 'shifts'> }): FastifyPluginAsyncZod {
  const { auth, shifts } = deps.services;
  return async (app) => {
    // Before validation, so a caller who may not use the route learns nothing from its validation errors.
    const admin = requireStaff(auth, 'admin');
    app.post('/api/shifts', { preValidation: admin, schema: { body: ShiftCreateSchema, response: { 201: ShiftResponseSchema } } }, async (request, reply) => {
      return reply.status(201).send({ shift: await shifts.create(request.body, request.staff!.id) });
    });
    app.post('/api/shifts/bulk', { preValidation: admin, schema: { body: ShiftBulkSchema, response: { 200: ShiftBulkResponseSchema } } }, async (request) =>
      shifts.bulk(request.body, request.staff!.id));
    app.get('/api/shifts', { preValidation: admin, schema: { querystring: ShiftListQuerySchema, response: { 200: ShiftListResponseSchema } } }, async (request) => ({
      shifts: await shifts.list(request.query.from, request.query.to),
    }));
    app.patch(
      '/api/shifts/:id',
      { preValidation: admin, schema: { params: IdParamsSchema, body: ShiftUpdateSchema, response: { 200: ShiftResponseSchema } } },
      async (request) => ({ shift: await shifts.update(request.params.id, request.body, request.staff!.id) }),
    );
    app.delete('/api/shifts/:id', { preValidation: admin, schema: { params: IdParamsSchema } }, async (request, reply) => {
      await shifts.remove(request.params.id, request.staff!.id);
      return reply.status(204).send();
    });
  };
}
