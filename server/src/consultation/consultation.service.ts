import {
  AppError, ErrorCode, type ConsultationClose, type ConsultationStart, type ConsultationView, type LinkedHistory, type QueueStanding,
  type WireMessage,
} from '@hidamari/shared';
import { hashToken, newResumeCode, newToken, normalizeResumeCode } from '../auth/tokens.js';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { toWireMessage } from '../message/message.mapper.js';
import { messageRepository } from '../message/message.repository.js';
import { staffRepository } from '../staff/staff.repository.js';
import { toConsultationView, type ConsultationRow } from './consultation.mapper.js';
import { consultationRepository as repo } from './consultation.repository.js';
import { claimRefusal, closeDecision, previewOf, teamClaimRefusal } from './consultation.rules.js';
import { reservedClaimRefusal } from '../routing/routing.rules.js';
import { routingRepository } from '../routing/routing.repository.js';
import { preferredOf } from '../routing/routing.service.js';
import { handoffRepository } from '../handoff/handoff.repository.js';
import type { ShiftService } from '../shift/shift.service.js';
import type { QueueService } from './queue.service.js';
import type { RiskService } from '../risk/risk.service.js';
import type { HistoryService } from '../history/history.service.js';
import { historyRepository } from '../history/history.repository.js';

export interface Started {
  consultation: ConsultationView;
  token: string;
  resumeCode: string;
  queue: QueueStanding;
  /** Whether a shift covers now and, if not, when the next starts: the visitor is told when their message will be read. */
  service: { open: boolean; nextOpening: string | null };
  firstMessage?: WireMessage;
  /** Issue 12: what a confirmed return key linked the new consultation to. */
  linked?: LinkedHistory;
}

/**
 * Issue 12, the routing module's step inside the start transaction (the same counselor, the family team): it sets the
 * consultation's requested_team / preferred_* itself and says when an asked-for, off-duty counselor is next on shift.
 */
export type RouteAtStart = (
  tx: Db,
  input: { consultationId: string; audience: ConsultationStart['audience']; historyId: string | null; preferCounselor: boolean; now: Date },
) => Promise<{ counselorNextShiftAt?: string | null; changed: boolean }>;

export type ConsultationService = ReturnType<typeof createConsultationService>;

export function createConsultationService(deps: {
  db: Db;
  events: Pick<DomainEvents, 'publish'>;
  queue: Pick<QueueService, 'standingOf'>;
  shifts: Pick<ShiftService, 'openness'>;
  /** Scores the intake's first message (risk triage). */
  risk?: Pick<RiskService, 'scoreSafely'>;
  /** Issue 12: resolves a confirmed return key to its history inside the start transaction. */
  history: Pick<HistoryService, 'linkAtStart'>;
  /** Issue 12: routing at start (server/src/routing/); until it is wired, nothing is reserved or routed. */
  routeAtStart?: RouteAtStart;
  now?: () => Date;
}) {
  const { db, events, queue, shifts } = deps;
  const now = deps.now ?? (() => new Date());

  async function view(c: ConsultationRow, counselorName?: string): Promise<ConsultationView> {
    const [name, historyCount, preferred] = await Promise.all([
      counselorName ?? repo.counselorName(db, c.assignedStaffId),
      // Only a linked consultation pays for the count (one range of the history index).
      c.historyId ? historyRepository.othersCount(db, c.historyId, c.id) : 0,
      // Issue 12: only a waiting chat reserved for an asked-for counselor reads who and until when.
      c.status === 'queued' && c.preferredStaffId ? preferredOf(db, [c.id], now()) : undefined,
    ]);
    return toConsultationView(c, name, historyCount, preferred?.get(c.id));
  }

  async function changed(c: ConsultationRow, previousStaffId?: string, counselorName?: string): Promise<ConsultationView> {
    const v = await view(c, counselorName);
    events.publish('consultation.changed', previousStaffId ? { consultation: v, previousStaffId } : { consultation: v });
    return v;
  }

  return {
    view,

    byId: (id: string) => repo.byId(db, id),

    async start(input: ConsultationStart): Promise<Started> {
      const token = newToken();
      const resumeCode = newResumeCode();
      const first = input.message?.trim() || undefined;
      const family = input.family;
      const { row, message, linked } = await db.transaction(async (tx) => {
        // A key given is the visitor's consent to link, every time; an unknown one creates nothing (NOT_FOUND on returnKey).
        const link = input.returnKey ? await deps.history.linkAtStart(tx, input.returnKey) : null;
        const inserted = await repo.insert(tx, {
          audience: input.audience,
          topic: input.topic,
          nickname: input.nickname?.trim() || null,
          locale: input.locale ?? 'ja',
          visitorTokenHash: hashToken(token),
          resumeCodeHash: hashToken(resumeCode),
          preview: previewOf(first),
          historyId: link?.historyId ?? null,
          familyRelationship: family?.relationship ?? null,
          familyAgeBand: family?.ageBand ?? null,
          familyDuration: family?.duration ?? null,
          familyHopes: family?.hopes ?? null,
        });
        await repo.addEvent(tx, inserted.id, 'queued');
        // Routing sets requested_team / preferred_* on the new row: read it back so the view and queue see them.
        const routed = deps.routeAtStart
          ? await deps.routeAtStart(tx, {
              consultationId: inserted.id, audience: input.audience, historyId: link?.historyId ?? null,
              preferCounselor: input.preferCounselor ?? false, now: now(),
            })
          : { changed: false };
        const row = routed.changed ? ((await repo.byId(tx, inserted.id)) ?? inserted) : inserted;
        const linked: LinkedHistory | undefined = link
          ? { ...link.linked, ...(routed.counselorNextShiftAt !== undefined ? { counselorNextShiftAt: routed.counselorNextShiftAt } : {}) }
          : undefined;
        const message = first
          ? await messageRepository.append(tx, {
              consultationId: row.id, sender: 'visitor', senderStaffId: null, senderName: null, body: first, visibility: 'all',
              clientMessageId: null, requireAssignee: null,
            })
          : null;
        return { row: message ? { ...row, lastSeq: message.seq } : row, message, linked };
      });
      const consultation = await view(row);
      events.publish('queue.changed', {});
      // Before the standing is read, so a visitor whose first words raised the level learns the place that gives them.
      if (first) await deps.risk?.scoreSafely(row.id, first);
      const [standing, openness] = await Promise.all([queue.standingOf(row.id), shifts.openness()]);
      const service = { open: openness.open, nextOpening: openness.open ? null : (openness.nextOpening?.toISOString() ?? null) };
      return {
        consultation, token, resumeCode, queue: standing ?? { position: 1, estimatedWaitSeconds: null }, service,
        ...(message ? { firstMessage: toWireMessage(message) } : {}),
        ...(linked ? { linked } : {}),
      };
    },

    /** The consultation a visitor token opens, or undefined. */
    async byToken(token: string): Promise<ConsultationRow | undefined> {
      return repo.byTokenHash(db, hashToken(token));
    },

    async resume(resumeCode: string): Promise<{ consultation: ConsultationRow; token: string }> {
      const token = newToken();
      const row = await repo.rotateToken(db, hashToken(normalizeResumeCode(resumeCode)), hashToken(token));
      if (!row) throw new AppError(ErrorCode.NOT_FOUND, 'no consultation has that resume code');
      return { consultation: row, token };
    },

    async leave(consultationId: string): Promise<ConsultationView> {
      const row = await db.transaction(async (tx) => {
        const c = await repo.byIdForUpdate(tx, consultationId);
        if (!c) throw new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
        if (c.status === 'closed') return c;
        await repo.addEvent(tx, c.id, 'closed', null, { reason: 'visitor_left' });
        return repo.update(tx, c.id, { status: 'closed', closedAt: new Date(), closeReason: 'visitor_left' });
      });
      events.publish('queue.changed', {});
      return changed(row);
    },

    /** Atomic: the conditional update decides the race, the staff row lock keeps capacity exact. */
    async claim(staffId: string, consultationId: string): Promise<{ consultation: ConsultationView; messages: WireMessage[] }> {
      const { row, name } = await db.transaction(async (tx) => {
        // The staff row lock serialises this counselor's own claims, so the count of chats held stays exact, and
        // orders the claim against a role change (which takes the same row): the roles read here are current.
        const me = await staffRepository.lockForClaim(tx, staffId, now());
        if (!me) throw new AppError(ErrorCode.UNAUTHENTICATED, 'staff account not found');
        const early = claimRefusal({ status: 'queued', assignedStaffId: null }, { ...me, held: 0 });
        if (early) throw early;
        const row = await repo.claimWithin(tx, consultationId, staffId, me.maxConcurrent);
        if (!row) {
          const state = await repo.claimState(tx, consultationId, staffId);
          throw claimRefusal(state ?? null, { ...me, held: state?.held ?? 0 })
            ?? new AppError(ErrorCode.AT_CAPACITY, 'a chat slot was full when you claimed; try again');
        }
        // Decided on the row as won (its lock is held): a chat sent to a team meanwhile is seen; a refusal rolls the claim back.
        if (row.requestedTeam) {
          const facts = await handoffRepository.teamClaimFacts(tx, row.requestedTeam, staffId, now());
          const reserved = teamClaimRefusal(row.requestedTeam, facts.teams, facts.membersOnDuty);
          if (reserved) throw reserved;
        }
        // Issue 12: a chat offered first to the counselor the visitor asked for is theirs alone until the offer ends.
        const forAnother = reservedClaimRefusal(row, staffId, now());
        if (forAnother) throw forAnother;
        // Taken: the reservation has done its work (a later requeue is not held for anyone).
        if (row.preferredStaffId) await routingRepository.release(tx, [row.id]);
        return { row: row.preferredStaffId ? { ...row, preferredStaffId: null, preferredMode: null, preferredUntil: null } : row, name: me.displayName };
      });
      const consultation = await changed(row, undefined, name);
      events.publish('queue.changed', {});
      const messages = (await messageRepository.after(db, consultationId, 0, true)).map(toWireMessage);
      return { consultation, messages };
    },

    async close(staffId: string, input: ConsultationClose): Promise<ConsultationView> {
      const row = await db.transaction(async (tx) => {
        const c = await repo.byIdForUpdate(tx, input.consultationId);
        const decision = closeDecision(c ?? null, staffId);
        if (decision instanceof AppError) throw decision;
        const summary = { outcome: input.outcome ?? null, tags: input.tags ?? [], outcomeRecordedAt: now() };
        // The visitor ended it first: only the counselor's summary is added; how and when it closed stay as they were.
        if (decision === 'record') return repo.update(tx, input.consultationId, summary);
        await repo.addEvent(tx, input.consultationId, 'closed', staffId, { reason: 'counselor_closed', outcome: input.outcome ?? null });
        return repo.update(tx, input.consultationId, { status: 'closed', closedAt: new Date(), closeReason: 'counselor_closed', ...summary });
      });
      events.publish('queue.changed', {});
      return changed(row);
    },

    async listMine(staffId: string): Promise<ConsultationView[]> {
      return Promise.all((await repo.activeFor(db, staffId)).map((c) => view(c)));
    },

    changed,
  };
}
