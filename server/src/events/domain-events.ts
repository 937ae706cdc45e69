import { EventEmitter } from 'node:events';
import type { HandoffCompleted, HandoffEnded, HandoffOffered } from '@hidamari/shared';
import type { PhraseLevel } from '@hidamari/shared';
import type { ConsultationView, Escalation, VisitorPreferred, VisitorRequeueReason, WireMessage } from '@hidamari/shared';

/**
 * Internal domain events. Services publish these after a commit; the realtime
 * module alone turns them into socket emits.
 */
export interface DomainEventMap {
  /** Status, assignment or metadata changed. `previousStaffId` is set when a counselor lost the consultation. */
  'consultation.changed': { consultation: ConsultationView; previousStaffId?: string; requeueReason?: VisitorRequeueReason };
  /** `originSocketId`: the sending socket, which has the message in its ack and is not sent it again. */
  'message.created': { message: WireMessage; originSocketId?: string };
  /** The queue or the capacity behind it changed: queue lists and visitors' standings need a refresh. */
  'queue.changed': Record<string, never>;
  'duty.changed': { staffId: string; onDuty: boolean };
  /** Every session of this staff member ended (password changed, account deactivated): drop their sockets. */
  'staff.sessionsEnded': { staffId: string };
  /** One session ended (logout, idle or absolute expiry): drop the sockets that joined with it, in every process. */
  'staff.sessionEnded': { sessionHash: string };
  /** A staff member's roles changed: whether they may counsel decides their sockets' access to the queue from now on. */
  'staff.rolesChanged': { staffId: string; canCounsel: boolean };
  /** A staff member lost the supervisor role: their sockets stop monitoring chats that are not theirs, on every process. */
  'staff.supervisionLost': { staffId: string };
  /** A shift of this person ends in SHIFT_REMINDER_MINUTES (sent once per shift, by whichever process sweeps). */
  'shift.ending': { staffId: string; shiftId: string; endsAt: string };
  /**
   * A shift of this person is over: it reached its end, or an admin deleted or shortened it while it ran.
   * They take no new chats from now on and are asked to hand over the ones still open.
   */
  'shift.ended': { staffId: string; shiftId: string; openConsultationIds: string[] };
  /** A warm hand-off offer waits for `toStaffId`'s answer. */
  'handoff.offered': { toStaffId: string; offer: HandoffOffered };
  /** A hand-off took effect: `staffIds` are the sender and (warm) the colleague who accepted. */
  'handoff.completed': { staffIds: string[]; completed: HandoffCompleted };
  /** An offer ended without effect: the chat stays with the sender; both sides are told. */
  'handoff.ended': { outcome: 'declined' | 'expired' | 'cancelled'; staffIds: string[]; ended: HandoffEnded };
  /** An escalation was raised (or, `realert`, raised again): `recipientIds` are the staff to alert. */
  'escalation.raised': { escalation: Escalation; recipientIds: string[]; realert?: true };
  /** An escalation was acknowledged or resolved: `recipientIds` are everyone involved. */
  'escalation.updated': { escalation: Escalation; recipientIds: string[] };
  /** A visitor's words raised the risk level: its counselor and `supervisorIds` (on duty) are alerted. */
  'risk.flagged': { consultation: ConsultationView; level: PhraseLevel; matched: string[]; supervisorIds: string[] };
  /** A person set the risk level (`risk:set`): staff views of the chat update; the visitor is never told. */
  'risk.changed': { consultation: ConsultationView };
  /** The assignee has read the chat up to `upToSeq` (the mark moved): the visitor is told. */
  'consultation.read': { consultationId: string; upToSeq: number };
  /** Issue 12: a waiting chat's reservation for the asked-for counselor changed (null: it ended): its visitor is told. */
  'consultation.preferred': { consultationId: string; preferred: VisitorPreferred | null };
  /** The visitor's first socket connected or their last one went (counted across processes). */
  'visitor.presence': { consultationId: string; connected: boolean; since: string };
}

export type DomainEventName = keyof DomainEventMap;

export class DomainEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(50);
  }

  publish<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    this.emitter.emit(name, payload);
  }

  on<K extends DomainEventName>(name: K, listener: (payload: DomainEventMap[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
