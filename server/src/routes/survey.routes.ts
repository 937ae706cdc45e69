import {
  SurveyQuestionCreateSchema, SurveyQuestionListResponseSchema, SurveyQuestionOrderSchema, SurveyQuestionParamsSchema,
  SurveyQuestionResponseSchema, SurveyQuestionUpdateSchema,
} from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { Services } from '../services.js';

/** Admin: the visitor survey's questions (add, edit, retire or restore, reorder). Every change is audited. */
export function surveyRoutes(deps: { services: Pick<Services, 'auth' | 'survey'> }): FastifyPluginAsyncZod {
  const { auth, survey } = deps.services;
  return async (app) => {
    // Before validation, so a caller who may not use the route learns nothing from its validation errors.
    const admin = requireStaff(auth, 'admin');
    app.get('/api/survey/questions', { preValidation: admin, schema: { response: { 200: SurveyQuestionListResponseSchema } } }, async () => ({
      questions: await survey.list(),
    }));
    app.post(
      '/api/survey/questions',
      { preValidation: admin, schema: { body: SurveyQuestionCreateSchema, response: { 201: SurveyQuestionResponseSchema } } },
      async (request, reply) => reply.status(201).send({ question: await survey.create(request.body, request.staff!.id) }),
    );
    app.put(
      '/api/survey/questions/order',
      { preValidation: admin, schema: { body: SurveyQuestionOrderSchema, response: { 200: SurveyQuestionListResponseSchema } } },
      async (request) => ({ questions: await survey.reorder(request.body.ids, request.staff!.id) }),
    );
    app.patch(
      '/api/survey/questions/:id',
      {
        preValidation: admin,
        schema: { params: SurveyQuestionParamsSchema, body: SurveyQuestionUpdateSchema, response: { 200: SurveyQuestionResponseSchema } },
      },
      async (request) => ({ question: await survey.update(request.params.id, request.body, request.staff!.id) }),
    );
  };
}
