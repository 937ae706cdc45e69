import type { ConsultationView } from '@hidamari/shared';
import type { DomainEvents } from '../events/domain-events.js';
import type { StaffNamespace } from './realtime.types.js';
import { rooms } from './rooms.js';

/**
 * Risk triage on /staff only: a visitor is never told their words were flagged or their level changed. The chat's own
 * room reaches its counselor (and anyone monitoring it); the on-duty supervisors, chosen by the service, by their rooms.
 */
export function attachRiskEmitter(deps: { events: Pick<DomainEvents, 'on'>; staff: StaffNamespace }): () => void {
  const { events, staff } = deps;
  const holders = (c: ConsultationView) => [rooms.consultation(c.id), ...(c.assignedStaffId ? [rooms.staff(c.assignedStaffId)] : [])];
  const updated = (c: ConsultationView) => staff.to(holders(c)).emit('consultation:updated', { consultationId: c.id, status: c.status, consultation: c });
  const offs = [
    events.on('risk.flagged', ({ consultation, level, matched, supervisorIds }) => {
      updated(consultation);
      staff.to([...holders(consultation), ...supervisorIds.map(rooms.staff)]).emit('risk:flagged', { consultationId: consultation.id, level, matched });
    }),
    events.on('risk.changed', ({ consultation }) => updated(consultation)),
  ];
  return () => offs.forEach((off) => off());
}
