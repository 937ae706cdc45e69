import { AppError, ErrorCode, HTTP_STATUS } from '@hidamari/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** The one place an HTTP error becomes a response. A 5xx never shows its message. */
export function errorHandler(err: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err instanceof AppError) {
    return reply.status(HTTP_STATUS[err.code]).send({ error: err.toWire() });
  }
  const status = err.statusCode ?? 500;
  if (status === 429) return reply.status(429).send({ error: { code: ErrorCode.RATE_LIMITED, message: 'too many requests; please wait a minute' } });
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (malformed JSON, body too large, wrong content type).
    return reply.status(status).send({ error: { code: ErrorCode.INVALID_PAYLOAD, message: err.message } });
  }
  request.log.error({ err }, 'request failed');
  return reply.status(500).send({ error: { code: ErrorCode.INTERNAL, message: 'internal error' } });
}
