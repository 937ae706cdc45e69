import type { DomainEvents } from '../events/domain-events.js';
import type { StaffNamespace } from './realtime.types.js';
import { rooms } from './rooms.js';

/**
 * Hand-off events to the staff they concern, by their personal rooms (every socket and process of each person).
 * Joining the chat's room on accept is the consultation emitter's work: the accept publishes `consultation.changed`.
 */
export function attachHandoffEmitter(deps: { events: DomainEvents; staff: StaffNamespace }): () => void {
  const { events, staff } = deps;
  const offs = [
    events.on('handoff.offered', ({ toStaffId, offer }) => staff.to(rooms.staff(toStaffId)).emit('handoff:offered', offer)),
    events.on('handoff.completed', ({ staffIds, completed }) => staff.to(staffIds.map(rooms.staff)).emit('handoff:completed', completed)),
    events.on('handoff.ended', ({ outcome, staffIds, ended }) => staff.to(staffIds.map(rooms.staff)).emit(`handoff:${outcome}`, ended)),
  ];
  return () => offs.forEach((off) => off());
}
