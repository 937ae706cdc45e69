import type { Env } from '@hidamari/shared';
import type { LoggerOptions } from 'pino';

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
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  };
}
