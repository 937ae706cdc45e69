import { AppError, ErrorCode, type Role, type ShiftCreate, type ShiftView } from '@hidamari/shared';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { staffRepository } from '../staff/staff.repository.js';
import { isOpen, nextOpening } from './roster.rules.js';
import { shiftRepository, type ShiftRow } from './shift.repository.js';

const DAY = 86_400_000;

function toShiftView(s: ShiftRow, staffName?: string): ShiftView {
  return {
    id: s.id, staffId: s.staffId, staffName, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), role: s.role as Role,
  };
}

export type ShiftService = ReturnType<typeof createShiftService>;

export function createShiftService(deps: { db: Db; events: Pick<DomainEvents, 'publish'>; now?: () => Date }) {
  const { db, events } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async create(input: ShiftCreate): Promise<ShiftView> {
      const member = await staffRepository.byId(db, input.staffId);
      if (!member) throw new AppError(ErrorCode.INVALID_PAYLOAD, 'no such staff member', 'staffId');
      const role = input.role ?? 'counselor';
      // A shift in a role the person does not hold would open the service with nobody able to answer.
      if (!member.roles.includes(role)) throw new AppError(ErrorCode.INVALID_PAYLOAD, `this person does not hold the ${role} role`, 'role');
      const row = await shiftRepository.insert(db, {
        staffId: input.staffId,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        role,
      });
      events.publish('queue.changed', {}); // the next opening, and so waiting visitors' estimates, may move
      return toShiftView(row, member.displayName);
    },

    async list(from?: string, to?: string): Promise<ShiftView[]> {
      const start = from ? new Date(from) : new Date(now().getTime() - DAY);
      const end = to ? new Date(to) : new Date(start.getTime() + 15 * DAY);
      return (await shiftRepository.overlapping(db, start, end)).map((r) => toShiftView(r.shift, r.staffName));
    },

    async remove(id: string): Promise<void> {
      if (!(await shiftRepository.delete(db, id))) throw new AppError(ErrorCode.NOT_FOUND, 'no such shift');
      events.publish('queue.changed', {});
    },

    /** Open now, and the next opening within two weeks. */
    async openness(): Promise<{ open: boolean; nextOpening: Date | null }> {
      const t = now();
      const spans = (await shiftRepository.overlapping(db, new Date(t.getTime() - DAY), new Date(t.getTime() + 14 * DAY))).map((r) => r.shift);
      return { open: isOpen(spans, t), nextOpening: nextOpening(spans, t) };
    },
  };
}
