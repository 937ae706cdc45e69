import type { Logger } from 'pino';
import type { ReadService } from '../read/read.service.js';
import type { VisitorNamespace } from './realtime.types.js';
import { rooms } from './rooms.js';

/**
 * After a visitor socket joins or leaves a consultation's room, counts the room's sockets on every process
 * (through the adapter: Redis with several servers) and stores connected / away. Checks of one consultation
 * run one after another in this process, so a quick leave-and-return is never stored out of order.
 */
export function visitorPresenceTracker(deps: { nsp: VisitorNamespace; reads: Pick<ReadService, 'setVisitorPresence'>; log: Logger }) {
  const { nsp, reads, log } = deps;
  const chains = new Map<string, Promise<void>>();
  return function check(consultationId: string): void {
    const run = async () => {
      const sockets = await nsp.in(rooms.consultation(consultationId)).fetchSockets();
      await reads.setVisitorPresence(consultationId, sockets.length > 0);
    };
    const next = (chains.get(consultationId) ?? Promise.resolve())
      .then(run)
      .catch((err: unknown) => log.warn({ err }, 'visitor presence check failed'))
      .finally(() => {
        if (chains.get(consultationId) === next) chains.delete(consultationId);
      });
    chains.set(consultationId, next);
  };
}
