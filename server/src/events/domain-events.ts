import { EventEmitter } from 'node:events';
import type { ConsultationView, WireMessage } from '@hidamari/shared';

/**
 * Internal domain events. Services publish these after a commit; the realtime
 * module alone turns them into socket emits.
 */
export interface DomainEventMap {
  /** Status, assignment or metadata changed. `previousStaffId` is set when a counselor lost the consultation. */
  'consultation.changed': { consultation: ConsultationView; previousStaffId?: string };
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
  /** A shift of this person ends in SHIFT_REMINDER_MINUTES (sent once per shift, by whichever process sweeps). */
  'shift.ending': { staffId: string; shiftId: string; endsAt: string };
  /**
   * A shift of this person is over: it reached its end, or an admin deleted or shortened it while it ran.
   * They take no new chats from now on and are asked to hand over the ones still open.
   */
  'shift.ended': { staffId: string; shiftId: string; openConsultationIds: string[] };
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
