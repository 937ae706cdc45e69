/** Domain vocabulary shared by server and web. `as const` tables, each with a type of the same name. */

export const Audience = { self: 'self', family: 'family' } as const;
export type Audience = (typeof Audience)[keyof typeof Audience];
export const AUDIENCES = Object.values(Audience);

/** Topic ids a visitor can choose. Labels live in the web's i18n files. */
export const TOPICS = ['daily-life', 'work-school', 'family', 'mind-health', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

export const ConsultationStatus = { queued: 'queued', active: 'active', closed: 'closed' } as const;
export type ConsultationStatus = (typeof ConsultationStatus)[keyof typeof ConsultationStatus];

/** Ordered from most to least urgent: queue order uses this order. */
export const RISK_LEVELS = ['high', 'elevated', 'none'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const Role = { counselor: 'counselor', supervisor: 'supervisor', admin: 'admin' } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

/** Roles that hold chats. Duty, the queue and its previews, claims and capacity all follow this one rule (SQL mirrors it). */
export const COUNSEL_ROLES: readonly Role[] = [Role.counselor, Role.supervisor];
export const isCounselRole = (role: string): boolean => (COUNSEL_ROLES as readonly string[]).includes(role);
export const canCounsel = (s: { roles: readonly string[] }): boolean => s.roles.some(isCounselRole);

export const CloseReason = {
  visitorLeft: 'visitor_left',
  counselorClosed: 'counselor_closed',
  abandoned: 'abandoned',
  inactive: 'inactive',
} as const;
export type CloseReason = (typeof CloseReason)[keyof typeof CloseReason];

/** How a counselor sums up a closed consultation (optional at close). */
export const OUTCOMES = ['listened', 'information_given', 'referred', 'follow_up', 'no_response', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const Visibility = { all: 'all', staff: 'staff' } as const;
export type Visibility = (typeof Visibility)[keyof typeof Visibility];

export const SenderKind = { visitor: 'visitor', staff: 'staff', system: 'system' } as const;
export type SenderKind = (typeof SenderKind)[keyof typeof SenderKind];

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const EventType = {
  queued: 'queued',
  claimed: 'claimed',
  transferred: 'transferred',
  escalated: 'escalated',
  escalationAcknowledged: 'escalation_acknowledged',
  escalationResolved: 'escalation_resolved',
  /** An unacknowledged emergency raised again by the sweeper (no actor). */
  escalationRealerted: 'escalation_realerted',
  supervisorJoined: 'supervisor_joined',
  takeover: 'takeover',
  handoffOffered: 'handoff_offered',
  handoffAccepted: 'handoff_accepted',
  handoffDeclined: 'handoff_declined',
  handoffExpired: 'handoff_expired',
  handoffCancelled: 'handoff_cancelled',
  requeued: 'requeued',
  closed: 'closed',
  /** Issue 12: the chat is reserved for the counselor a returning visitor asked for (data: preferredStaffId, mode, until). */
  preferredOffered: 'preferred_offered',
  /** Issue 12: the reservation's time passed without that counselor taking it: the chat is for everyone (no actor). */
  preferenceExpired: 'preference_expired',
  /** Issue 12: the visitor chose to wait, leave a message, or talk with anyone (data: choice). */
  preferenceChanged: 'preference_changed',
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

export const LIMITS = {
  messageBody: 4000,
  nickname: 40,
  clientMessageId: 64,
  tag: 40,
  tags: 10,
  defaultMaxConcurrent: 3,
} as const;
