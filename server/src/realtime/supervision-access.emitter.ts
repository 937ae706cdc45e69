import type { DomainEvents } from '../events/domain-events.js';
import type { Services } from '../services.js';
import type { Logger } from 'pino';
import type { StaffNamespace } from './realtime.types.js';
import { rooms } from './rooms.js';
import { announceMonitors } from './supervision.handlers.js';

/**
 * A supervisor role removed takes effect on open sockets at once, on every process: each of that person's sockets
 * leaves every chat it monitors (the chat's room too, unless the chat is theirs), and each such chat learns who
 * still monitors it. Without this a former supervisor would keep reading others' conversations live.
 */
export function attachSupervisionAccessEmitter(deps: {
  events: Pick<DomainEvents, 'on'>;
  staff: StaffNamespace;
  consultations: Pick<Services['consultations'], 'listMine'>;
  log: Pick<Logger, 'warn'>;
}): () => void {
  const { events, staff, consultations, log } = deps;
  const monitorPrefix = rooms.monitors('');

  async function revoke(staffId: string): Promise<void> {
    const [sockets, mine] = await Promise.all([staff.in(rooms.staff(staffId)).fetchSockets(), consultations.listMine(staffId)]);
    const held = new Set(mine.map((c) => c.id));
    const affected = new Set<string>();
    for (const socket of sockets) {
      for (const room of socket.rooms) {
        if (!room.startsWith(monitorPrefix)) continue;
        const consultationId = room.slice(monitorPrefix.length);
        affected.add(consultationId);
        socket.leave(room);
        if (!held.has(consultationId)) socket.leave(rooms.consultation(consultationId));
      }
    }
    await Promise.all([...affected].map((id) => announceMonitors(staff, id)));
  }

  return events.on('staff.supervisionLost', ({ staffId }) => {
    revoke(staffId).catch((err: unknown) => log.warn({ err }, 'revoking a former supervisor’s monitoring failed'));
  });
}
