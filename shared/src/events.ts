/**
 * Socket.IO event maps: the public wire contract (DESIGN.md section 4).
 * Client → server events are imperative (`message:send`), server → client past tense (`message:created`).
 * Every client → server event takes an acknowledgement callback; it always receives an `Ack`.
 */
import type { ConsultationHandover, ShiftEnded, ShiftEnding } from './schemas/roster.schemas.js';
import type { ConsultationClose, ConsultationRef, DutySet, StaffMessageSend, StaffMessagesSync, StaffTypingSet } from './schemas/staff.schemas.js';
import type { ConsultationResume, ConsultationStart, VisitorMessageSend, VisitorMessagesSync, VisitorTypingSet } from './schemas/visitor.schemas.js';
import type {
  Ack, AckFn, ConsultationView, QueueSnapshot, QueueStanding, StaffConsultationUpdate, TypingChange, VisitorConsultationUpdate, WireMessage,
} from './wire.js';

export const PROTOCOL_VERSION = 1;
export const NAMESPACES = { visitor: '/visitor', staff: '/staff' } as const;

export interface ConsultationStarted {
  consultationId: string;
  token: string;
  resumeCode: string;
  queue: QueueStanding;
  /** Whether a shift covers now; while closed, when the next one starts (ISO 8601, null when none is planned): say when it will be read. */
  service: { open: boolean; nextOpening: string | null };
}
export interface ConsultationResumed {
  consultationId: string;
  token: string;
}

export interface VisitorClientEvents {
  'consultation:start': (payload: ConsultationStart, ack: AckFn<ConsultationStarted>) => void;
  'consultation:resume': (payload: ConsultationResume, ack: AckFn<ConsultationResumed>) => void;
  'message:send': (payload: VisitorMessageSend, ack: AckFn<{ message: WireMessage }>) => void;
  /** Up to 1,000 messages after `afterSeq`, in order; `hasMore` says to ask again from the last seq. */
  'messages:sync': (payload: VisitorMessagesSync, ack: AckFn<{ messages: WireMessage[]; hasMore: boolean }>) => void;
  'consultation:leave': (payload: Record<string, never> | undefined, ack: AckFn) => void;
  'typing:set': (payload: VisitorTypingSet, ack?: AckFn) => void;
}

export interface VisitorServerEvents {
  'message:created': (message: WireMessage) => void;
  'consultation:updated': (update: VisitorConsultationUpdate) => void;
  'typing:changed': (change: TypingChange) => void;
}

export interface StaffClientEvents {
  'duty:set': (payload: DutySet, ack: AckFn<{ onDuty: boolean }>) => void;
  /** The queue in order, at most QUEUE_LIST_LIMIT items; `total` counts everyone waiting. */
  'queue:list': (payload: Record<string, never> | undefined, ack: AckFn<QueueSnapshot>) => void;
  /** The caller's own open consultations (after a reload or reconnect). */
  'consultations:list': (payload: Record<string, never> | undefined, ack: AckFn<{ consultations: ConsultationView[] }>) => void;
  'consultation:claim': (payload: ConsultationRef, ack: AckFn<{ consultation: ConsultationView; messages: WireMessage[] }>) => void;
  'message:send': (payload: StaffMessageSend, ack: AckFn<{ message: WireMessage }>) => void;
  'consultation:close': (payload: ConsultationClose, ack: AckFn<{ consultation: ConsultationView }>) => void;
  'messages:sync': (payload: StaffMessagesSync, ack: AckFn<{ messages: WireMessage[]; hasMore: boolean }>) => void;
  'typing:set': (payload: StaffTypingSet, ack?: AckFn) => void;
  /** The assignee returns a chat to the front of the queue with a staff-only note (the hand-over at a shift's end). */
  'consultation:handover': (payload: ConsultationHandover, ack: AckFn) => void;
}

export interface StaffServerEvents {
  'queue:updated': (update: QueueSnapshot) => void;
  'message:created': (message: WireMessage) => void;
  'consultation:updated': (update: StaffConsultationUpdate) => void;
  'typing:changed': (change: TypingChange) => void;
  'duty:updated': (update: { onDuty: boolean }) => void;
  /** The caller's shift ends in SHIFT_REMINDER_MINUTES (once per shift). */
  'shift:ending': (update: ShiftEnding) => void;
  /** The caller's shift is over: no new chats; hand over those listed. */
  'shift:ended': (update: ShiftEnded) => void;
}

/** Event names of a client → server map (never a free string). */
export type EventName<M> = keyof M & string;
/** What `event` takes as its payload. */
export type EventPayload<M, E extends keyof M> = M[E] extends (payload: infer P, ...rest: never[]) => void ? P : never;
/** What `event`'s acknowledgement carries besides `ok: true`. */
export type AckData<M, E extends keyof M> = M[E] extends (payload: never, ack: infer A) => void
  ? Exclude<A, undefined> extends AckFn<infer T> ? T : never
  : never;
/** The whole acknowledgement `event` receives. */
export type EventAck<M, E extends keyof M> = Ack<AckData<M, E>>;
