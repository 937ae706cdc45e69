import {
  AppError, ErrorCode, EventType, type ConsultationEscalate, type Escalation, type EscalationAct, type EscalationNotified,
} from '@hidamari/shared';
import { consultationRepository } from '../consultation/consultation.repository.js';
import { staffAccessRefusal } from '../consultation/consultation.rules.js';
import { SWEEP_BATCH } from '../consultation/sweep.rules.js';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { staffRepository } from '../staff/staff.repository.js';
import { escalationRepository as repo, type EscalatedEventData } from './escalation.repository.js';
import {
  actRefusal, alertTargets, escalateRefusal, involved, listScope, realertCutoff, realertDue, realertTargets, type EscalationAction,
} from './escalation.rules.js';

export type EscalationService = ReturnType<typeof createEscalationService>;

/** What a sweep round re-alerted, published once its transaction has committed. */
export interface Realerts {
  raised: { escalation: Escalation; recipientIds: string[] }[];
}

/**
 * Raise, acknowledge, resolve and re-alert escalations. Each change and its consultation_events row commit together;
 * the domain events go out after the commit, so nobody is alerted to something that was rolled back.
 */
export function createEscalationService(deps: {
  db: Db;
  events: Pick<DomainEvents, 'publish'>;
  realertSeconds: number;
  now?: () => Date;
}) {
  const { db, events, realertSeconds } = deps;
  const clock = deps.now ?? (() => new Date());

  /**
   * Who hears of a change: the raiser, whoever was alerted and whoever acted (the event rows name them), and also the
   * supervisors on duty now (and admins once they were alerted): anyone who came on duty since listed it as open, and
   * their alert must close when a colleague takes it on.
   */
  async function recipients(tx: Db, e: { id: string; consultationId: string; raisedBy: string | null }, now: Date): Promise<string[]> {
    const admins = (await repo.adminsAlerted(tx, e.id)) ? await repo.activeAdminIds(tx) : [];
    return involved([e.raisedBy], await repo.namedInEvents(tx, e.consultationId, e.id), await repo.onDutySupervisorIds(tx, now), admins);
  }

  async function act(staffId: string, input: EscalationAct, action: EscalationAction): Promise<{ escalation: Escalation }> {
    const now = clock();
    const { escalation, recipientIds } = await db.transaction(async (tx) => {
      const actor = await staffRepository.byId(tx, staffId);
      const row = await repo.lockById(tx, input.escalationId);
      const refusal = actRefusal(row ? { status: row.status, adminsAlerted: await repo.adminsAlerted(tx, row.id) } : null, actor ?? null, action);
      if (refusal) throw refusal;
      const note = input.note?.trim() || undefined;
      if (action === 'ack') {
        await repo.update(tx, row!.id, { status: 'acknowledged', acknowledgedAt: now, acknowledgedBy: staffId });
      } else {
        await repo.update(tx, row!.id, {
          status: 'resolved', resolvedAt: now, resolvedBy: staffId, resolutionNote: note ?? null,
          // Resolving what nobody acknowledged yet acknowledges it too: the counselor then sees who took it on.
          ...(row!.status === 'open' ? { acknowledgedAt: now, acknowledgedBy: staffId } : {}),
        });
      }
      const type = action === 'ack' ? EventType.escalationAcknowledged : EventType.escalationResolved;
      await consultationRepository.addEvent(tx, row!.consultationId, type, staffId, { escalationId: row!.id, ...(note && action === 'ack' ? { note } : {}) });
      return {
        escalation: (await repo.viewById(tx, row!.id))!,
        recipientIds: await recipients(tx, { id: row!.id, consultationId: row!.consultationId, raisedBy: row!.raisedBy }, now),
      };
    });
    events.publish('escalation.updated', { escalation, recipientIds });
    return { escalation };
  }

  return {
    /** The assignee asks for help with a chat they hold. */
    async escalate(staffId: string, input: ConsultationEscalate): Promise<{ escalation: Escalation; notified: EscalationNotified }> {
      const now = clock();
      const result = await db.transaction(async (tx) => {
        // The chat's row lock: two escalations of one chat at once are decided one after the other.
        const c = await consultationRepository.byIdForUpdate(tx, input.consultationId);
        const refusal = staffAccessRefusal(c ?? null, staffId, { write: true }) ?? escalateRefusal(await repo.unresolvedLevels(tx, input.consultationId), input.level);
        if (refusal) throw refusal;
        const targets = alertTargets(staffId, await repo.onDutySupervisorIds(tx, now), await repo.activeAdminIds(tx));
        const note = input.note?.trim() || null;
        const row = await repo.insert(tx, { consultationId: c!.id, raisedBy: staffId, level: input.level, note, createdAt: now });
        const data: EscalatedEventData = { escalationId: row.id, level: input.level, notified: targets.notified, alerted: targets.recipientIds };
        await consultationRepository.addEvent(tx, c!.id, EventType.escalated, staffId, data);
        return { escalation: (await repo.viewById(tx, row.id))!, ...targets };
      });
      events.publish('escalation.raised', { escalation: result.escalation, recipientIds: result.recipientIds });
      return { escalation: result.escalation, notified: result.notified };
    },

    acknowledge: (staffId: string, input: EscalationAct) => act(staffId, input, 'ack'),
    resolve: (staffId: string, input: EscalationAct) => act(staffId, input, 'resolve'),

    /** Unresolved escalations the caller may see (roles read now: a role removed since connecting counts). */
    async list(staffId: string): Promise<{ escalations: Escalation[] }> {
      const me = await staffRepository.byId(db, staffId);
      if (!me?.active) throw new AppError(ErrorCode.FORBIDDEN, 'account is inactive');
      return { escalations: await repo.listUnresolved(db, { scope: listScope(me.roles), staffId }) };
    },

    /**
     * The sweeper's step, inside its transaction and advisory lock: every emergency unacknowledged for realertSeconds
     * is raised again, once (realerted_at is set in the same transaction as the decision), to the supervisors on duty
     * and every active admin.
     */
    async realertWithin(tx: Db, now: Date): Promise<Realerts> {
      const due = (await repo.dueRealerts(tx, realertCutoff(now, realertSeconds), SWEEP_BATCH)).filter((e) => realertDue(e, now, realertSeconds));
      if (due.length === 0) return { raised: [] };
      await repo.markRealerted(tx, due.map((e) => e.id), now);
      const [supervisors, admins] = [await repo.onDutySupervisorIds(tx, now), await repo.activeAdminIds(tx)];
      const raised = [];
      for (const e of due) {
        const recipientIds = realertTargets(e.raisedBy, supervisors, admins);
        await consultationRepository.addEvent(tx, e.consultationId, EventType.escalationRealerted, null, { escalationId: e.id, alerted: recipientIds });
        raised.push({ escalation: (await repo.viewById(tx, e.id))!, recipientIds });
      }
      return { raised };
    },

    announce(realerts: Realerts): void {
      for (const r of realerts.raised) events.publish('escalation.raised', { ...r, realert: true });
    },
  };
}
