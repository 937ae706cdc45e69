import type { Env } from '@hidamari/shared';
import { stdSerializers, type LoggerOptions } from 'pino';

/**
 * A failed query's error carries its SQL parameters (a message body, a token hash)
 * in its message: log only the database's own code, constraint and message.
 */
export function safeErr(e: unknown): object {
  if (e && typeof e === 'object' && 'params' in e) {
    const cause = (e as { cause?: { code?: string; constraint?: string; message?: string; stack?: string } }).cause;
    return { type: 'QueryError', code: cause?.code, constraint: cause?.constraint, message: cause?.message, stack: cause?.stack };
  }
  return e instanceof Error ? stdSerializers.err(e) : { value: String(e) };
}

/**
 * Pino options. Requests are logged by method, path and status only: no client
 * address, no headers (user agent, cookies), no query string, never a body.
 */
export function loggerOptions(env: Env): LoggerOptions {
  const pretty = process.stdout.isTTY && env.NODE_ENV !== 'production';
  return {
    level: env.LOG_LEVEL,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'body', '*.body'], censor: '[redacted]' },
    serializers: {
      req: (req: { method?: string; url?: string; id?: string }) => ({
        id: req.id,
        method: req.method,
        path: (req.url ?? '').split('?')[0],
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: safeErr,
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  };
}
