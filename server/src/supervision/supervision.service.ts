import { AppError, AuditAction, ErrorCode, type ConsultationView, type SupervisionOverview, type WireMessage } from '@hidamari/shared';
import { auditRepository } from '../audit/audit.repository.js';
import { consultationRepository as consultations } from '../consultation/consultation.repository.js';
import type { ConsultationService } from '../consultation/consultation.service.js';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { toWireMessage } from '../message/message.mapper.js';
import { messageRepository } from '../message/message.repository.js';
import { staffRepository } from '../staff/staff.repository.js';
import type { TeamService } from '../team/team.service.js';
import { supervisionRepository } from './supervision.repository.js';
import { monitorRefusal, overviewFor, takeoverNotice, takeoverRefusal } from './supervision.rules.js';

export interface Supervised {
  consultation: ConsultationView;
  messages: WireMessage[];
}

export type SupervisionService = ReturnType<typeof createSupervisionService>;

/** Monitor, take over and the overview. Every read of a chat that is not the reader's writes `transcript.read` first. */
export function createSupervisionService(deps: {
  db: Db;
  events: Pick<DomainEvents, 'publish'>;
  consultations: Pick<ConsultationService, 'changed' | 'view'>;
  team: Pick<TeamService, 'live'>;
  now?: () => Date;
}) {
  const { db, events } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    /**
     * Records the monitor (event and audit row), then lets the caller join the chat's rooms (`join`) before the
     * transcript is read: a message committed meanwhile is in the read or arrives live, never in neither.
     */
    async monitor(staffId: string, consultationId: string, join: () => Promise<void>): Promise<Supervised> {
      const c = await db.transaction(async (tx) => {
        const [c, me] = await Promise.all([consultations.byId(tx, consultationId), staffRepository.byId(tx, staffId)]);
        if (!me) throw new AppError(ErrorCode.UNAUTHENTICATED, 'staff account not found');
        const refusal = monitorRefusal(c ?? null, { id: staffId, active: me.active, roles: me.roles });
        if (refusal) throw refusal;
        await consultations.addEvent(tx, consultationId, 'supervisor_joined', staffId, { mode: 'monitor' });
        await auditRepository.record(tx, { action: AuditAction.transcriptRead, staffId, consultationId, data: { via: 'monitor' } });
        return c!;
      });
      await join();
      const messages = (await messageRepository.after(db, consultationId, 0, true)).map(toWireMessage);
      const fresh = (await consultations.byId(db, consultationId)) ?? c;
      return { consultation: await deps.consultations.view(fresh), messages };
    },

    /**
     * The chat becomes the supervisor's in one transaction, under the same locks as a claim (their staff row, then the
     * chat's row): a message its counselor sends commits before (stored, in order) or is refused after, never both.
     */
    async takeover(staffId: string, consultationId: string): Promise<Supervised> {
      const done = await db.transaction(async (tx) => {
        const me = await staffRepository.lockForClaim(tx, staffId, now());
        if (!me) throw new AppError(ErrorCode.UNAUTHENTICATED, 'staff account not found');
        const c = await consultations.byIdForUpdate(tx, consultationId);
        const held = (await consultations.activeFor(tx, staffId)).length;
        const refusal = takeoverRefusal(c ?? null, { id: staffId, ...me, held });
        if (refusal) throw refusal;
        const previous = c!.assignedStaffId!;
        await consultations.addEvent(tx, consultationId, 'takeover', staffId, { from: previous });
        await auditRepository.record(tx, { action: AuditAction.transcriptRead, staffId, consultationId, data: { via: 'takeover' } });
        const notice = await messageRepository.append(tx, {
          consultationId, sender: 'system', senderStaffId: null, senderName: null, body: takeoverNotice(c!.locale, me.displayName),
          visibility: 'all', clientMessageId: null, requireAssignee: null,
        });
        const row = await consultations.update(tx, consultationId, { assignedStaffId: staffId, lastActivityAt: new Date() });
        const messages = await messageRepository.after(tx, consultationId, 0, true);
        return { row, previous, notice, messages, name: me.displayName };
      });
      const consultation = await deps.consultations.changed(done.row, done.previous, done.name);
      if (done.notice) events.publish('message.created', { message: toWireMessage(done.notice) });
      events.publish('queue.changed', {});
      return { consultation, messages: done.messages.map(toWireMessage) };
    },

    async overview(reader: { roles: readonly string[] }): Promise<SupervisionOverview> {
      const [{ chats, truncated }, escalations, members] = await Promise.all([
        supervisionRepository.openChats(db), supervisionRepository.openEscalations(db), deps.team.live(),
      ]);
      return { ...overviewFor(reader, { consultations: chats, escalations, members }), truncated, generatedAt: now().toISOString() };
    },
  };
}
