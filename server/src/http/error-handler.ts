import { AppError, ErrorCode, HTTP_STATUS } from '@hidamari/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { invalidPayload } from './validate.js';

/** A route schema's refusal (body, params, querystring) as the same INVALID_PAYLOAD a socket event gets. */
function schemaRefusal(err: FastifyError): AppError | undefined {
  const first = err.validation?.[0];
  if (!first) return undefined;
  return invalidPayload(first.instancePath.split('/').filter(Boolean), first.message);
}

/** The one place an HTTP error becomes a response. A 5xx never shows its message. */
export function errorHandler(err: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err instanceof AppError) return reply.status(HTTP_STATUS[err.code]).send({ error: err.toWire() });
  const refused = schemaRefusal(err);
  if (refused) return reply.status(400).send({ error: refused.toWire() });
  const status = err.statusCode ?? 500;
  if (status === 429) return reply.status(429).send({ error: { code: ErrorCode.RATE_LIMITED, message: 'too many requests; please wait a minute' } });
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (malformed JSON, body too large, wrong content type).
    return reply.status(status).send({ error: { code: ErrorCode.INVALID_PAYLOAD, message: err.message } });
  }
  request.log.error({ err }, 'request failed');
  return reply.status(500).send({ error: { code: ErrorCode.INTERNAL, message: 'internal error' } });
}
