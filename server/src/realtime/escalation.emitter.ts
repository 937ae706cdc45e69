import type { DomainEvents } from '../events/domain-events.js';
import type { StaffNamespace } from './realtime.types.js';
import { rooms } from './rooms.js';

/**
 * Escalation alerts and updates go to named people's staff rooms (every socket of theirs, on every process), never to
 * a shared room: who is alerted is decided once, by the service, from duty and roles at that moment. The listeners
 * live as long as `events`, which is built with, and dies with, the realtime server it feeds.
 */
export function attachEscalationEmitter(deps: { events: Pick<DomainEvents, 'on'>; staff: StaffNamespace }): () => void {
  const { events, staff } = deps;
  const offs = [
    events.on('escalation.raised', ({ escalation, recipientIds, realert }) => {
      if (recipientIds.length) staff.to(recipientIds.map(rooms.staff)).emit('escalation:raised', realert ? { escalation, realert } : { escalation });
    }),
    events.on('escalation.updated', ({ escalation, recipientIds }) => {
      if (recipientIds.length) staff.to(recipientIds.map(rooms.staff)).emit('escalation:updated', { escalation });
    }),
  ];
  return () => offs.forEach((off) => off());
}
