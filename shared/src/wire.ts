import type {
  Audience, CloseReason, ConsultationStatus, Locale, Outcome, RiskLevel, Role, SenderKind, Topic, Visibility,
} from './domain.js';
import type { WireError } from './errors.js';
import type { ReferralCard } from './schemas/directory.schemas.js';
import type { FamilyIntake } from './schemas/family.schemas.js';
import type { PreferredCounselor } from './schemas/history.schemas.js';

/** Issue 12: what a message is. `system` is every message the server writes (sender `system`); `card` carries `card`. */
export const MESSAGE_KINDS = ['text', 'card', 'system'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Every Socket.IO acknowledgement has this shape. */
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: WireError };
export type AckFn<T extends object = object> = (response: Ack<T>) => void;

export interface WireMessage {
  id: string;
  consultationId: string;
  seq: number;
  sender: SenderKind;
  senderName?: string;
  body: string;
  visibility: Visibility;
  clientMessageId?: string;
  createdAt: string;
  kind: MessageKind;
  /** Only with `kind: 'card'`: the referral (the body then holds the same in plain words, for older clients). */
  card?: ReferralCard;
}

export interface QueueItem {
  consultationId: string;
  audience: Audience;
  topic: Topic;
  riskLevel: RiskLevel;
  priority: number;
  requestedTeam?: string;
  createdAt: string;
  /** First visitor message, cut to 140 characters. */
  preview?: string;
  nickname?: string;
  /** Issue 12: the family intake, when one was given. */
  family?: FamilyIntake;
  /** Issue 12: the visitor asked for this counselor: reserved for them until `until`. */
  preferred?: PreferredCounselor;
  /** Issue 12: earlier consultations linked by a return key (absent: none). */
  historyCount?: number;
}

/** The most urgent waiting chats a staff screen is sent; the rest are counted in `total`. */
export const QUEUE_LIST_LIMIT = 200;

export interface QueueSnapshot {
  items: QueueItem[];
  /** Everyone waiting, including those beyond the list. */
  total: number;
}

export interface QueueStanding {
  /** 1 = next to be taken. */
  position: number;
  /** Point estimate; null when no estimate can honestly be given (nobody on duty, no next opening). Show as a range: see `waitRange`. */
  estimatedWaitSeconds: number | null;
}

/** What staff see of a consultation. */
export interface ConsultationView {
  id: string;
  status: ConsultationStatus;
  audience: Audience;
  topic: Topic;
  nickname?: string;
  locale: Locale;
  riskLevel: RiskLevel;
  priority: number;
  requestedTeam?: string;
  assignedStaffId?: string;
  counselorName?: string;
  createdAt: string;
  claimedAt?: string;
  closedAt?: string;
  closeReason?: CloseReason;
  outcome?: Outcome;
  tags: string[];
  lastSeq: number;
  /** Whether the visitor is connected now (any socket, any process), and since when; live as `visitor:presence`. */
  visitorPresence?: { connected: boolean; since: string };
  /** The assignee has read every message up to this seq (`messages:read`). */
  staffReadSeq?: number;
  /** Issue 12: the family intake, when one was given. */
  family?: FamilyIntake;
  /** Issue 12: while queued and reserved for the counselor the visitor asked for. */
  preferred?: PreferredCounselor;
  /** Issue 12: earlier consultations linked by a return key (absent: none); `consultation:history` lists them. */
  historyCount?: number;
}

/** `consultation:updated` to a visitor. */
export interface VisitorConsultationUpdate {
  consultationId: string;
  status: ConsultationStatus;
  counselorName?: string;
  queue?: QueueStanding;
  closeReason?: CloseReason;
  /** While queued: the service's hours as of now, pushed again whenever they change (a shift starts or ends). */
  service?: VisitorServiceHours;
  /** Set when a chat that had a counselor returned to the queue: why, so the visitor can be told kindly (their place is kept at the front). */
  requeueReason?: VisitorRequeueReason;
  /**
   * Issue 12: while the chat is reserved for the counselor the visitor asked for (null: the reservation ended, e.g.
   * the offer time passed and the chat is now for everyone, or the visitor chose anyone).
   */
  preferred?: VisitorPreferred | null;
}

/** What the visitor sees of the reservation for their counselor. */
export interface VisitorPreferred {
  counselorName: string;
  mode: 'first' | 'wait' | 'message';
  until: string;
  /** When that counselor is next on shift (ISO 8601); null while on duty now or when none is planned. */
  nextShiftAt: string | null;
}

/** What a waiting visitor needs to know of the hours: open now, until when (while open), and when next (while closed). */
export interface VisitorServiceHours {
  open: boolean;
  nextOpening: string | null;
  closesAt?: string | null;
}

/** Why a chat went back to the queue, in the visitor's terms. */
export const VISITOR_REQUEUE_REASONS = ['counselor_left', 'counselor_disconnected', 'handed_over'] as const;
export type VisitorRequeueReason = (typeof VISITOR_REQUEUE_REASONS)[number];

/** `consultation:updated` to staff. */
export interface StaffConsultationUpdate {
  consultationId: string;
  status: ConsultationStatus;
  consultation: ConsultationView;
}

export interface TypingChange {
  consultationId: string;
  sender: 'visitor' | 'staff';
  typing: boolean;
}

export interface StaffView {
  id: string;
  loginId: string;
  displayName: string;
  roles: Role[];
  teams: string[];
  maxConcurrent: number;
  active: boolean;
  onDuty: boolean;
  /** An admin reset the password: until the person sets their own, only GET /api/me, POST /api/me/password and logout answer. */
  mustChangePassword: boolean;
  createdAt: string;
}

export interface ShiftView {
  id: string;
  staffId: string;
  staffName?: string;
  startsAt: string;
  endsAt: string;
  role: Role;
}

export interface Hotline {
  name: string;
  phone: string;
  hours?: string;
  url?: string;
  /** Only for visitors reading in this language; unset: for both. */
  locale?: Locale;
}

/** `GET /api/status?locale=ja|en`: public. */
export interface ServiceStatus {
  open: boolean;
  /** While open: when the present cover ends (ISO 8601); null while closed. */
  closesAt: string | null;
  /** While closed: when the next shift starts (ISO 8601); null while open or when no shift is planned. */
  nextOpening: string | null;
  timezone: string;
  /** The center's welcome text while open, its off-hours text while closed, in the language asked; '' when it set none. */
  message: string;
  /** The service's name in the language asked. */
  serviceName: string;
  hotlines: Hotline[];
  /** Kept for clients written before `message`: the off-hours text, only while closed and only when the center set one. */
  hoursMessage?: string;
}
