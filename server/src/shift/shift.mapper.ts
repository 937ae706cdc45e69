import type { Role, ShiftView } from '@hidamari/shared';
import type { ShiftRow } from './shift.repository.js';

export function toShiftView(s: ShiftRow, staffName?: string): ShiftView {
  return {
    id: s.id, staffId: s.staffId, staffName, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), role: s.role as Role,
  };
}

/** What the audit log keeps of a shift: who, when, in which role. */
export const auditFields = (s: ShiftRow) => ({ staffId: s.staffId, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), role: s.role });
