import {
  OfferIdParamsSchema, OfferInputSchema, OfferListResponseSchema, OfferPatchSchema, OfferResponseSchema, UpcomingOffersQuerySchema,
  UpcomingOffersResponseSchema,
} from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { Services } from '../services.js';

/** The center's offers: a public list of the upcoming ones (no session, like /api/status); admins keep them. */
export function offersRoutes(deps: { services: Pick<Services, 'auth' | 'offers'> }): FastifyPluginAsyncZod {
  const { auth, offers } = deps.services;
  return async (app) => {
    app.get('/api/offers/upcoming', { schema: { querystring: UpcomingOffersQuerySchema, response: { 200: UpcomingOffersResponseSchema } } }, async (request) =>
      offers.upcoming(request.query.locale ?? 'ja'));
    // Before validation, so a caller who may not use the route learns nothing from its validation errors.
    const admin = requireStaff(auth, 'admin');
    app.get('/api/offers', { preValidation: admin, schema: { response: { 200: OfferListResponseSchema } } }, async () => ({ offers: await offers.list() }));
    app.get('/api/offers/:id', { preValidation: admin, schema: { params: OfferIdParamsSchema, response: { 200: OfferResponseSchema } } }, async (request) => ({
      offer: await offers.get(request.params.id),
    }));
    app.post('/api/offers', { preValidation: admin, schema: { body: OfferInputSchema, response: { 201: OfferResponseSchema } } }, async (request, reply) =>
      reply.code(201).send({ offer: await offers.create(request.staff!.id, request.body) }));
    app.patch('/api/offers/:id', {
      preValidation: admin, schema: { params: OfferIdParamsSchema, body: OfferPatchSchema, response: { 200: OfferResponseSchema } },
    }, async (request) => ({ offer: await offers.update(request.staff!.id, request.params.id, request.body) }));
    app.delete('/api/offers/:id', { preValidation: admin, schema: { params: OfferIdParamsSchema } }, async (request, reply) => {
      await offers.remove(request.staff!.id, request.params.id);
      return reply.status(204).send();
    });
  };
}
