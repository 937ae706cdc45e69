import type { DomainEvents } from '../events/domain-events.js';
import type { StaffNamespace, VisitorNamespace } from './realtime.types.js';
import { rooms } from './rooms.js';

/** Read marks to the visitor, the visitor's presence to the chat's staff (its counselor and anyone monitoring). */
export function attachReadEmitter(deps: { events: DomainEvents; visitors: VisitorNamespace; staff: StaffNamespace }): () => void {
  const { events, visitors, staff } = deps;
  const offs = [
    events.on('consultation.read', ({ consultationId, upToSeq }) =>
      visitors.to(rooms.consultation(consultationId)).emit('messages:read', { consultationId, upToSeq })),
    events.on('visitor.presence', (p) => staff.to(rooms.consultation(p.consultationId)).emit('visitor:presence', p)),
  ];
  return () => offs.forEach((off) => off());
}
