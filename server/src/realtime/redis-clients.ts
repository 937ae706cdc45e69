import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** At most one warning per this many ms about publishes that failed while Redis was unreachable. */
const PUBLISH_WARN_EVERY_MS = 10_000;

/**
 * The Socket.IO Redis adapter's two connections. ioredis reconnects by itself; what this adds:
 * - connection errors go to the log (ioredis would print them to the console itself);
 * - a publish that fails while Redis is unreachable is counted and logged instead of left to
 *   reject unhandled: the adapter never catches it, and an unhandled rejection ends the process.
 *   Such an emit reaches only the sockets of this process; messages are stored and acknowledged
 *   regardless, and clients fetch what they missed (a seq gap, or a reconnect) with `messages:sync`.
 */
export async function connectRedisClients(url: string, log: Logger): Promise<{ pub: Redis; sub: Redis }> {
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const sub = pub.duplicate();
  for (const [name, client] of [['pub', pub], ['sub', sub]] as const) {
    client.on('error', (err: Error & { code?: string }) => log.warn({ redis: name, err: { message: err.message, code: err.code } }, 'redis connection error'));
  }
  let failed = 0;
  let lastWarn = 0;
  const publish = pub.publish.bind(pub) as (...args: unknown[]) => Promise<number>;
  pub.publish = ((...args: unknown[]) => {
    const sent = publish(...args);
    sent.catch((err: Error) => {
      failed++;
      if (Date.now() - lastWarn < PUBLISH_WARN_EVERY_MS) return;
      lastWarn = Date.now();
      log.warn({ failedPublishes: failed, err: { message: err.message } }, 'redis publish failed: emits reach only this process until redis is back');
      failed = 0;
    });
    return sent;
  }) as Redis['publish'];
  await Promise.all([pub.connect(), sub.connect()]);
  return { pub, sub };
}
