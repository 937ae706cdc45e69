/**
 * Socket.IO event maps: the public wire contract (DESIGN.md section 4).
 * Client → server events are imperative (`message:send`), server → client past tense (`message:created`).
 * Every client → server event takes an acknowledgement callback; it always receives an `Ack`.
 */
import type { ConsultationHandover, ShiftEnded, ShiftEnding } from './schemas/roster.schemas.js';
import type { RiskDetails, RiskFlagged, RiskGet, RiskSet } from './schemas/risk.schemas.js';
import type {
  ConsultationTransfer, HandoffCandidates, HandoffCompleted, HandoffCreated, HandoffEnded, HandoffOffered, HandoffRespond, HandoffResponded,
} from './schemas/handoff.schemas.js';
import type { MonitorChanged, SupervisionRef } from './schemas/supervision.schemas.js';
import type { ConsultationEscalate, Escalation, EscalationAct, EscalationNotified, EscalationRaised, EscalationUpdated } from './schemas/escalation.schemas.js';
import type { ConsultationTimeline, ConsultationTimelineRequest } from './schemas/timeline.schemas.js';
import type { MessagesRead, MessagesReadMark, VisitorPresenceChange } from './schemas/read.schemas.js';
import type { ConsultationClose, ConsultationRef, DutySet, StaffMessageSend, StaffMessagesSync, StaffTypingSet } from './schemas/staff.schemas.js';
import type { ConsultationResume, ConsultationStart, VisitorMessageSend, VisitorMessagesSync, VisitorTypingSet } from './schemas/visitor.schemas.js';
import type { SurveyForm, SurveySubmit } from './schemas/survey.schemas.js';
import type {
  ConsultationHistory, ConsultationHistoryRequest, ConsultationPrefer, LinkedHistory, ReturnKeyCheck, ReturnKeyChecked,
} from './schemas/history.schemas.js';
import type { ReferralSend } from './schemas/directory.schemas.js';
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
  /** Issue 12: present when a return key was given (and so confirmed): what the new consultation is linked to. */
  linked?: LinkedHistory;
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
  'messages:sync': (payload: VisitorMessagesSync, ack: AckFn<{ messages: WireMessage[]; hasMore: boolean; readUpToSeq: number }>) => void;
  'consultation:leave': (payload: Record<string, never> | undefined, ack: AckFn) => void;
  'typing:set': (payload: VisitorTypingSet, ack?: AckFn) => void;
  /** After the consultation closed (before: CONFLICT): the active survey questions in order, and whether it already answered. */
  'survey:get': (payload: Record<string, never> | undefined, ack: AckFn<SurveyForm>) => void;
  /** Once per consultation, after it closed; a second submission is ALREADY_ANSWERED. Every answer is optional. */
  'survey:submit': (payload: SurveySubmit, ack: AckFn) => void;
  /**
   * After the consultation closed (before: CONFLICT): deletes its messages, notes and preview at once and ends this
   * visitor's token and resume code; the anonymous statistics stay. Audited, without content.
   */
  'consultation:delete': (payload: Record<string, never> | undefined, ack: AckFn) => void;
  /** Issue 12, after the consultation closed (before: CONFLICT): a return key for the whole history; any older key stops working. */
  'returnKey:keep': (payload: Record<string, never> | undefined, ack: AckFn<{ returnKey: string }>) => void;
  /** Issue 12, after the consultation closed: the history's return key stops working (its consultations stay until retention). */
  'returnKey:forget': (payload: Record<string, never> | undefined, ack: AckFn) => void;
  /** Issue 12, needs no consultation: what a return key opens (unknown: NOT_FOUND), before the visitor confirms linking. Rate-limited like a resume. */
  'returnKey:check': (payload: ReturnKeyCheck, ack: AckFn<ReturnKeyChecked>) => void;
  /** Issue 12, while queued and reserved for an off-duty counselor the visitor asked for: wait, leave a message, or anyone. */
  'consultation:prefer': (payload: ConsultationPrefer, ack: AckFn<{ queue: QueueStanding }>) => void;
}

export interface VisitorServerEvents {
  'message:created': (message: WireMessage) => void;
  'consultation:updated': (update: VisitorConsultationUpdate) => void;
  'typing:changed': (change: TypingChange) => void;
  /** The counselor has seen every message up to `upToSeq` (show "既読" on the visitor's messages up to it). */
  'messages:read': (mark: MessagesReadMark) => void;
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
  /** The assignee has seen the chat up to `upToSeq` (monotonic; a monitoring supervisor marks nothing): the visitor is told. */
  'messages:read': (payload: MessagesRead, ack: AckFn<{ upToSeq: number }>) => void;
  /** The assignee returns a chat to the front of the queue with a staff-only note (the hand-over at a shift's end). */
  'consultation:handover': (payload: ConsultationHandover, ack: AckFn) => void;
  /** The assignee or a supervisor sets the risk level (lowering needs no other step), with a reason; audited. */
  'risk:set': (payload: RiskSet, ack: AckFn<{ consultation: ConsultationView }>) => void;
  /** The level and every phrase that raised it (for the queue item and the chat header). */
  'risk:get': (payload: RiskGet, ack: AckFn<RiskDetails>) => void;
  /** The assignee hands the chat on: warm to an on-duty colleague (an offer they answer), cold back to the queue for a team. */
  'consultation:transfer': (payload: ConsultationTransfer, ack: AckFn<HandoffCreated>) => void;
  /** The offered colleague answers; on accept the chat and its whole history are theirs. */
  'handoff:respond': (payload: HandoffRespond, ack: AckFn<HandoffResponded>) => void;
  /** Colleagues on duty who could take a warm hand-off now, and the teams a chat can be sent to. */
  'handoff:candidates': (payload: Record<string, never> | undefined, ack: AckFn<HandoffCandidates>) => void;
  /** Supervisor only: joins the chat silently (the visitor is not told) and receives its live messages and typing. */
  'consultation:monitor': (payload: SupervisionRef, ack: AckFn<{ consultation: ConsultationView; messages: WireMessage[] }>) => void;
  'consultation:unmonitor': (payload: SupervisionRef, ack: AckFn) => void;
  /** Supervisor only: the chat becomes theirs at once (their capacity applies); the visitor is told another counselor continues. */
  'consultation:takeover': (payload: SupervisionRef, ack: AckFn<{ consultation: ConsultationView; messages: WireMessage[] }>) => void;
  /** The assignee asks for help: on-duty supervisors are alerted (none on duty: admins, and `notified` says so). */
  'consultation:escalate': (payload: ConsultationEscalate, ack: AckFn<{ escalation: Escalation; notified: EscalationNotified }>) => void;
  /** A supervisor (or an admin who was alerted) takes it on / closes it. */
  'escalation:ack': (payload: EscalationAct, ack: AckFn<{ escalation: Escalation }>) => void;
  'escalation:resolve': (payload: EscalationAct, ack: AckFn<{ escalation: Escalation }>) => void;
  /** Unresolved escalations: all for supervisors, those that reached admins for admins, one's own for a counselor. */
  'escalations:list': (payload: Record<string, never> | undefined, ack: AckFn<{ escalations: Escalation[] }>) => void;
  /** The consultation's event rows, oldest first, with actors: for its counselor or a supervisor. */
  'consultation:timeline': (payload: ConsultationTimelineRequest, ack: AckFn<ConsultationTimeline>) => void;
  /** Issue 12: the earlier consultations linked to this one (its counselor, or a supervisor), oldest first. */
  'consultation:history': (payload: ConsultationHistoryRequest, ack: AckFn<ConsultationHistory>) => void;
  /** Issue 12: the assignee sends a directory entry as a card message (in the visitor's language). */
  'referral:send': (payload: ReferralSend, ack: AckFn<{ message: WireMessage }>) => void;
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
  /** A visitor's words raised the risk level: to the chat's counselor and every on-duty supervisor. */
  'risk:flagged': (flagged: RiskFlagged) => void;
  'handoff:offered': (offer: HandoffOffered) => void;
  'handoff:completed': (done: HandoffCompleted) => void;
  'handoff:declined': (ended: HandoffEnded) => void;
  'handoff:expired': (ended: HandoffEnded) => void;
  'handoff:cancelled': (ended: HandoffEnded) => void;
  /** To the chat's room: who monitors it now (also when one leaves or disconnects). */
  'monitor:changed': (update: MonitorChanged) => void;
  'escalation:raised': (raised: EscalationRaised) => void;
  'escalation:updated': (update: EscalationUpdated) => void;
  /** To the chat's room: the visitor connected or went away (all their sockets gone). */
  'visitor:presence': (presence: VisitorPresenceChange) => void;
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
