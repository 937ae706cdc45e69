import {
  AppError, ErrorCode, type ConsultationTransfer, type HandoffCandidates, type HandoffCreated, type HandoffParty, type HandoffRespond,
  type HandoffResponded,
} from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { toWireMessage } from '../message/message.mapper.js';
import { messageRepository, type MessageRow } from '../message/message.repository.js';
import { consultationRepository as chats } from '../consultation/consultation.repository.js';
import { HANDOVER_PRIORITY, HANDOVER_VISITOR_NOTICE, staffAccessRefusal } from '../consultation/consultation.rules.js';
import type { ConsultationService } from '../consultation/consultation.service.js';
import type { RequeueService } from '../consultation/requeue.service.js';
import { SWEEP_BATCH } from '../consultation/sweep.rules.js';
import { staffRepository } from '../staff/staff.repository.js';
import { handoffRepository as repo, type HandoffRow } from './handoff.repository.js';
import { acceptDecision, answerRefusal, newCounselorNotice, offerExpiry, offerLapsed, offerRefusal, rankCandidates, transferNote } from './handoff.rules.js';

export type HandoffService = ReturnType<typeof createHandoffService>;

const system = (consultationId: string, body: string, visibility: 'all' | 'staff', senderName: string | null = null) => ({
  consultationId, sender: 'system' as const, senderStaffId: null, senderName, body, visibility, clientMessageId: null, requireAssignee: null,
});

/**
 * Hand-offs (issue 8). Every path locks the consultation before the hand-off row (an answer locks the answering
 * colleague's staff row first, as a claim does), decides with handoff.rules on the rows as locked, writes the
 * consultation event in the same transaction, and publishes only after the commit.
 */
export function createHandoffService(deps: {
  db: Db;
  events: Pick<DomainEvents, 'publish'>;
  consultations: Pick<ConsultationService, 'changed' | 'view'>;
  requeue: Pick<RequeueService, 'requeueWithin' | 'announce'>;
  offerSeconds: number;
  now?: () => Date;
}) {
  const { db, events, requeue } = deps;
  const clock = deps.now ?? (() => new Date());

  async function party(tx: Db, staffId: string): Promise<HandoffParty> {
    return { staffId, displayName: (await chats.counselorName(tx, staffId)) ?? '' };
  }

  /** After the commit: the offers a transfer or an accept made void, to both sides. */
  function announceEnded(outcome: 'declined' | 'expired' | 'cancelled', ended: readonly HandoffRow[]): void {
    for (const h of ended) {
      const staffIds = [h.fromStaffId, h.toStaffId].filter((id): id is string => id !== null);
      events.publish('handoff.ended', { outcome, staffIds, ended: { handoffId: h.id, consultationId: h.consultationId } });
    }
  }

  async function transferWarm(staffId: string, input: ConsultationTransfer & { to: { staffId: string } }): Promise<HandoffCreated> {
    const now = clock();
    const { offer, c, from } = await db.transaction(async (tx) => {
      const c = await chats.byIdForUpdate(tx, input.consultationId);
      const refusal = staffAccessRefusal(c ?? null, staffId, { write: true });
      if (refusal) throw refusal;
      // One open offer per chat: the consultation's row lock, held above, orders two transfers of it.
      if ((await repo.openFor(tx, c!.id, now)).length > 0) throw new AppError(ErrorCode.CONFLICT, 'an offer for this chat is already waiting for an answer');
      const target = await repo.colleague(tx, input.to.staffId, now);
      const refused = offerRefusal(target ?? null, staffId);
      if (refused) throw refused;
      const offer = await repo.insert(tx, {
        consultationId: c!.id, fromStaffId: staffId, toStaffId: target!.id, mode: 'warm', status: 'offered',
        note: input.note?.trim() || null, expiresAt: offerExpiry(now, deps.offerSeconds),
      });
      await chats.addEvent(tx, c!.id, 'handoff_offered', staffId, { handoffId: offer.id, toStaffId: target!.id });
      return { offer, c: c!, from: await party(tx, staffId) };
    });
    events.publish('handoff.offered', {
      toStaffId: offer.toStaffId!,
      offer: { handoffId: offer.id, consultation: await deps.consultations.view(c), note: offer.note ?? '', from, expiresAt: offer.expiresAt!.toISOString() },
    });
    return { handoffId: offer.id, status: 'offered', expiresAt: offer.expiresAt!.toISOString() };
  }

  async function transferCold(staffId: string, input: ConsultationTransfer & { to: { team: string } }): Promise<HandoffCreated> {
    const now = clock();
    const team = input.to.team;
    const { row, requeued, cancelled, from } = await db.transaction(async (tx) => {
      const c = await chats.byIdForUpdate(tx, input.consultationId);
      const refusal = staffAccessRefusal(c ?? null, staffId, { write: true });
      if (refusal) throw refusal;
      // A warm offer still open for this chat is void once it has gone to the queue.
      const cancelled = [];
      for (const open of await repo.openFor(tx, c!.id, now)) {
        cancelled.push(await repo.finish(tx, open.id, 'cancelled', now));
        await chats.addEvent(tx, c!.id, 'handoff_cancelled', staffId, { handoffId: open.id });
      }
      const from = await party(tx, staffId);
      const row = await repo.insert(tx, {
        consultationId: c!.id, fromStaffId: staffId, toTeam: team, mode: 'cold', status: 'completed', respondedAt: now,
      });
      await chats.addEvent(tx, c!.id, 'transferred', staffId, { handoffId: row.id, mode: 'cold', toTeam: team });
      const requeued = await requeue.requeueWithin(tx, [{ id: c!.id, previous: staffId }], 'team_transfer', {
        note: transferNote(input.note, from.displayName, team),
        visitorNotice: HANDOVER_VISITOR_NOTICE[c!.locale],
        // Ahead of ordinary arrivals; a chat already ranked higher keeps its place.
        priority: Math.max(c!.priority, HANDOVER_PRIORITY),
      });
      const teamed = await chats.update(tx, c!.id, { requestedTeam: team });
      return { row, requeued: requeued.map((r) => ({ ...r, row: teamed })), cancelled, from };
    });
    await requeue.announce(requeued);
    announceEnded('cancelled', cancelled);
    events.publish('handoff.completed', {
      staffIds: [staffId],
      completed: { handoffId: row.id, consultationId: row.consultationId, mode: 'cold', from, to: { team } },
    });
    return { handoffId: row.id, status: 'completed' };
  }

  async function accept(staffId: string, handoffId: string, consultationId: string): Promise<HandoffResponded> {
    const now = clock();
    const outcome = await db.transaction(async (tx) => {
      // The answering colleague's row lock first, as a claim takes it: their count of chats held stays exact.
      const me = await staffRepository.lockForClaim(tx, staffId, now);
      if (!me) throw new AppError(ErrorCode.UNAUTHENTICATED, 'staff account not found');
      const c = await chats.byIdForUpdate(tx, consultationId);
      const h = await repo.byIdForUpdate(tx, handoffId);
      const held = (await chats.activeFor(tx, staffId)).length;
      const decision = acceptDecision(h ?? null, c ?? null, { ...me, id: staffId, held }, now);
      if (!decision.ok) {
        // A void offer is closed for good (committed); one the colleague cannot take yet stays open for them.
        if (!decision.cancel) throw decision.error;
        await chats.addEvent(tx, consultationId, 'handoff_cancelled', staffId, { handoffId });
        const cancelled: HandoffRow = await repo.finish(tx, handoffId, 'cancelled', now);
        return { refused: true as const, error: decision.error, cancelled };
      }
      const fromId = h!.fromStaffId!;
      await repo.finish(tx, handoffId, 'accepted', now);
      await chats.addEvent(tx, consultationId, 'handoff_accepted', staffId, { handoffId, fromStaffId: fromId });
      await chats.addEvent(tx, consultationId, 'transferred', fromId, { handoffId, mode: 'warm', toStaffId: staffId });
      const from = await party(tx, fromId);
      const notices: MessageRow[] = [];
      const visitor = await messageRepository.append(tx, system(consultationId, newCounselorNotice(c!.locale, me.displayName), 'all'));
      // The note is appended last, before claimed_at (both are the transaction's now()): the newest line written before
      // the chat became theirs, which the workspace pins above the transcript.
      const note = await messageRepository.append(tx, system(consultationId, transferNote(h!.note, from.displayName), 'staff', from.displayName));
      for (const m of [visitor, note]) if (m) notices.push(m);
      const row = await chats.update(tx, consultationId, { assignedStaffId: staffId, claimedAt: sql`now()` as unknown as Date });
      return { refused: false as const, row, from, notices, name: me.displayName };
    });
    if (outcome.refused) {
      announceEnded('cancelled', [outcome.cancelled]);
      throw outcome.error;
    }
    const consultation = await deps.consultations.changed(outcome.row, outcome.from.staffId, outcome.name);
    for (const m of outcome.notices) events.publish('message.created', { message: toWireMessage(m) });
    events.publish('handoff.completed', {
      staffIds: [outcome.from.staffId, staffId],
      completed: { handoffId, consultationId, mode: 'warm', from: outcome.from, to: { staffId, displayName: outcome.name } },
    });
    const messages = (await messageRepository.after(db, consultationId, 0, true)).map(toWireMessage);
    return { handoffId, accepted: true, consultation, messages };
  }

  async function decline(staffId: string, handoffId: string): Promise<HandoffResponded> {
    const now = clock();
    const declined = await db.transaction(async (tx) => {
      const h = await repo.byIdForUpdate(tx, handoffId);
      const refusal = answerRefusal(h ?? null, staffId, now);
      if (refusal) throw refusal;
      await chats.addEvent(tx, h!.consultationId, 'handoff_declined', staffId, { handoffId });
      return repo.finish(tx, handoffId, 'declined', now);
    });
    announceEnded('declined', [declined]);
    return { handoffId, accepted: false };
  }

  return {
    async transfer(staffId: string, input: ConsultationTransfer): Promise<HandoffCreated> {
      // The schema pairs warm with a person and cold with a team; the narrowing below only restates it for the compiler.
      return 'staffId' in input.to ? transferWarm(staffId, { ...input, to: input.to }) : transferCold(staffId, { ...input, to: input.to });
    },

    async respond(staffId: string, input: HandoffRespond): Promise<HandoffResponded> {
      if (!input.accept) return decline(staffId, input.handoffId);
      const h = await repo.byId(db, input.handoffId);
      const refusal = answerRefusal(h ?? null, staffId, clock());
      if (refusal) throw refusal;
      return accept(staffId, input.handoffId, h!.consultationId);
    },

    async candidates(staffId: string): Promise<HandoffCandidates> {
      const now = clock();
      const [people, teams] = await Promise.all([repo.onDuty(db, now), repo.teams(db, now)]);
      return {
        people: rankCandidates(
          people.filter((p) => p.id !== staffId).map((p) => ({
            staffId: p.id, displayName: p.displayName, teams: p.teams, load: p.load, maxConcurrent: p.maxConcurrent,
          })),
        ),
        teams,
      };
    },

    /** Inside the sweeper's transaction (under its advisory lock): expire the offers whose time is up, at most SWEEP_BATCH. */
    async expireWithin(tx: Db, now: Date): Promise<HandoffRow[]> {
      const out: HandoffRow[] = [];
      for (const h of (await repo.lapsed(tx, now, SWEEP_BATCH)).filter((x) => offerLapsed(x, now))) {
        await chats.addEvent(tx, h.consultationId, 'handoff_expired', null, { handoffId: h.id });
        out.push(await repo.finish(tx, h.id, 'expired', now));
      }
      return out;
    },

    /** After the sweep commits: the sender keeps the chat and is told; the colleague's prompt goes away. */
    announceExpired: (expired: readonly HandoffRow[]) => announceEnded('expired', expired),
  };
}
