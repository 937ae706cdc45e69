import { existsSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { AppError, ErrorCode } from '@hidamari/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Hashed build output: its name changes with its content, so a browser may keep it for a year without asking. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: always revalidated, so a new build reaches the next page load. */
const REVALIDATE = 'no-cache';

function cacheHeaders(reply: FastifyReply, path: string): void {
  reply.header('cache-control', path.includes(`${sep}assets${sep}`) ? IMMUTABLE : REVALIDATE);
}

/**
 * Serves the built SPA; unknown non-API paths get index.html so client routes survive a reload. The build writes
 * brotli and gzip copies beside each file (web/build/precompress.ts): they are sent by Accept-Encoding, with
 * `Vary: Accept-Encoding`. Source maps are never served.
 */
export async function registerSpa(app: FastifyInstance): Promise<void> {
  const built = existsSync(resolve(WEB_DIST, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      index: 'index.html',
      preCompressed: true,
      cacheControl: false,
      setHeaders: cacheHeaders,
      allowedPath: (path) => !path.endsWith('.map'),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (request.method !== 'GET' || path.startsWith('/api/') || path.startsWith('/socket.io')) {
      throw new AppError(ErrorCode.NOT_FOUND, 'no such route');
    }
    // A missing file is not a page: answer 404 rather than index.html under a script's or a map's name.
    if (path.startsWith('/assets/') || path.endsWith('.map')) throw new AppError(ErrorCode.NOT_FOUND, 'no such file');
    if (!built) return reply.status(503).type('text/plain').send('The web app is not built. Run `npm run build`.');
    return reply.sendFile('index.html');
  });
}
