import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { AppError, ErrorCode } from '@hidamari/shared';
import type { FastifyInstance } from 'fastify';

export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Serves the built SPA; unknown non-API paths get index.html so client routes survive a reload. */
export async function registerSpa(app: FastifyInstance): Promise<void> {
  const built = existsSync(resolve(WEB_DIST, 'index.html'));
  if (built) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (request.method !== 'GET' || path.startsWith('/api/') || path.startsWith('/socket.io')) {
      throw new AppError(ErrorCode.NOT_FOUND, 'no such route');
    }
    if (!built) return reply.status(503).type('text/plain').send('The web app is not built. Run `npm run build`.');
    return reply.sendFile('index.html');
  });
}
