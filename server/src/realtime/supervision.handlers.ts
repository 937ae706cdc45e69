import { SupervisionRefSchema, type Monitor, type StaffClientEvents } from '@hidamari/shared';
import type { Logger } from 'pino';
import type { SupervisionService } from '../supervision/supervision.service.js';
import type { EventHandlers } from './ack.js';
import type { StaffNamespace, StaffSocket } from './realtime.types.js';
import { rooms } from './rooms.js';

type SupervisionEvents = Pick<EventHandlers<StaffClientEvents>, 'consultation:monitor' | 'consultation:unmonitor' | 'consultation:takeover'>;

/** Whether this socket monitors the chat (its staff-only messages are whispers; its typing never reaches the visitor). */
export const monitors = (socket: StaffSocket, consultationId: string): boolean => socket.rooms.has(rooms.monitors(consultationId));

/** Everyone monitoring the chat now, on every process, once per person; sent to its room (the counselor and the monitors). */
export async function announceMonitors(nsp: StaffNamespace, consultationId: string): Promise<void> {
  const sockets = await nsp.in(rooms.monitors(consultationId)).fetchSockets();
  const byId = new Map<string, Monitor>();
  for (const s of sockets) byId.set(s.data.staff.id, { staffId: s.data.staff.id, displayName: s.data.staff.displayName });
  nsp.to(rooms.consultation(consultationId)).emit('monitor:changed', { consultationId, monitors: [...byId.values()] });
}

/**
 * The supervision events of one /staff socket. A monitor is in two rooms: the chat's (its live messages and the
 * visitor's typing) and the chat's monitors' room, which says who they are. Nothing is sent to the visitor.
 */
export function supervisionHandlers(socket: StaffSocket, deps: { nsp: StaffNamespace; supervision: SupervisionService; log: Logger }): SupervisionEvents {
  const { nsp, supervision, log } = deps;
  const me = socket.data.staff;
  const announce = (id: string) => announceMonitors(nsp, id).catch((err: unknown) => log.warn({ err }, 'monitor announcement failed'));

  // A monitor whose connection ends stops monitoring: the rooms are still readable while disconnecting, gone after.
  let leaving: string[] = [];
  socket.on('disconnecting', () => {
    leaving = [...socket.rooms].filter((r) => r.startsWith(rooms.monitors(''))).map((r) => r.slice(rooms.monitors('').length));
  });
  socket.on('disconnect', () => leaving.forEach((id) => void announce(id)));

  return {
    'consultation:monitor': {
      schema: SupervisionRefSchema,
      run: async ({ consultationId }) => {
        const result = await supervision.monitor(me.id, consultationId, () => socket.join([rooms.consultation(consultationId), rooms.monitors(consultationId)]) ?? Promise.resolve());
        await announce(consultationId);
        return result;
      },
    },
    'consultation:unmonitor': {
      schema: SupervisionRefSchema,
      run: async ({ consultationId }) => {
        if (!monitors(socket, consultationId)) return {};
        await socket.leave(rooms.monitors(consultationId));
        await socket.leave(rooms.consultation(consultationId));
        await announce(consultationId);
        return {};
      },
    },
    'consultation:takeover': {
      schema: SupervisionRefSchema,
      run: async ({ consultationId }) => {
        const result = await supervision.takeover(me.id, consultationId);
        // Now the counselor: in the chat's room (the emitter put every socket of theirs there), no longer a monitor.
        await socket.join(rooms.consultation(consultationId));
        nsp.in(rooms.staff(me.id)).socketsLeave(rooms.monitors(consultationId));
        await socket.leave(rooms.monitors(consultationId));
        await announce(consultationId);
        return result;
      },
    },
  };
}
