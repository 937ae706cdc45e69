import type {
  Audience, CloseReason, ConsultationStatus, FamilyAgeBand, FamilyDuration, FamilyHope, FamilyRelationship, Locale, OfferAudience, Outcome,
  PreferredMode, RiskLevel, Role, SenderKind, ServiceKind, Topic, Visibility,
} from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-cased (LoginIdSchema does it; the check keeps it so), which makes the unique constraint case-insensitive. */
    loginId: text('login_id').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().$type<Role[]>().notNull(),
    teams: text('teams').array().notNull().default(sql`'{}'::text[]`),
    maxConcurrent: integer('max_concurrent').notNull().default(3),
    active: boolean('active').notNull().default(true),
    onDuty: boolean('on_duty').notNull().default(false),
  /** Set when an admin resets the password: the temporary one must be changed before anything else. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** Refreshed by a heartbeat while any staff socket is connected; a stale value (past the grace period) sends their chats back to the queue. */
    lastSeenAt: ts('last_seen_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [check('staff_login_id_lower', sql`${t.loginId} = lower(${t.loginId})`)],
);

export const staffSessions = pgTable(
  'staff_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    staffId: uuid('staff_id').notNull().references(() => staff.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [index('staff_sessions_staff_idx').on(t.staffId)],
);

export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  createdAt: ts('created_at').notNull().defaultNow(),
  usedAt: ts('used_at'),
});

export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    status: text('status').$type<ConsultationStatus>().notNull().default('queued'),
    audience: text('audience').$type<Audience>().notNull(),
    topic: text('topic').$type<Topic>().notNull(),
    nickname: text('nickname'),
    locale: text('locale').$type<Locale>().notNull().default('ja'),
    riskLevel: text('risk_level').$type<RiskLevel>().notNull().default('none'),
    /** Sort key for risk: 2 high, 1 elevated, 0 none (queue order reads one index). */
    riskRank: integer('risk_rank').notNull().default(0),
    priority: integer('priority').notNull().default(0),
    requestedTeam: text('requested_team'),
    assignedStaffId: uuid('assigned_staff_id').references(() => staff.id),
    /** NULL once the content is purged (retention, or the visitor's deletion): no token or resume code opens it again. */
    visitorTokenHash: text('visitor_token_hash').unique(),
    resumeCodeHash: text('resume_code_hash').unique(),
    lastSeq: integer('last_seq').notNull().default(0),
    /** Sealed (server/src/crypto); cleared by a trigger when the consultation closes (migration 0004). */
    preview: text('preview'),
    createdAt: ts('created_at').notNull().defaultNow(),
    claimedAt: ts('claimed_at'),
    closedAt: ts('closed_at'),
    lastActivityAt: ts('last_activity_at').notNull().defaultNow(),
    /** Refreshed by a heartbeat while the visitor's socket is connected. */
    visitorSeenAt: ts('visitor_seen_at').notNull().defaultNow(),
    closeReason: text('close_reason').$type<CloseReason>(),
    outcome: text('outcome').$type<Outcome>(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** When the retention purge or the visitor's deletion removed the content; the row stays for anonymous statistics. */
    contentPurgedAt: ts('content_purged_at'),
    /** The assignee has read up to this seq (`messages:read`, only ever raised). */
    staffReadSeq: integer('staff_read_seq').notNull().default(0),
    /** Any visitor socket connected (any process), and since when it is so: the counselor's presence line. */
    visitorConnected: boolean('visitor_connected').notNull().default(false),
    visitorPresenceAt: ts('visitor_presence_at').notNull().defaultNow(),
    /** When a counselor recorded outcome and tags: at their close, or once after the visitor left. */
    outcomeRecordedAt: ts('outcome_recorded_at'),
    /** Reports (migration 0006, set by a trigger): started while nobody was on shift; when a counselor first took it. */
    startedOffHours: boolean('started_off_hours'),
    firstClaimedAt: ts('first_claimed_at'),
    /** Issue 12: the history a return key links this consultation into (NULL: not linked, or never kept). */
    historyId: uuid('history_id').references(() => consultationHistories.id, { onDelete: 'set null' }),
    /** Issue 12: reserved for the counselor the visitor asked for, how, and until when (then for everyone). */
    preferredStaffId: uuid('preferred_staff_id').references(() => staff.id),
    preferredMode: text('preferred_mode').$type<PreferredMode>(),
    preferredUntil: ts('preferred_until'),
    /** Issue 12: the optional family intake (categories only; kept for reports like the topic). */
    familyRelationship: text('family_relationship').$type<FamilyRelationship>(),
    familyAgeBand: text('family_age_band').$type<FamilyAgeBand>(),
    familyDuration: text('family_duration').$type<FamilyDuration>(),
    familyHopes: text('family_hopes').array().$type<FamilyHope[]>(),
  },
  (t) => [
    // NULLS FIRST is what a plain `ORDER BY risk_rank DESC` means: drizzle's default (NULLS LAST) made every read
    // of the queue in order a full scan and a sort, as the planner cannot use an index ordered otherwise.
    index('consultations_queue_idx')
      .on(t.riskRank.desc().nullsFirst(), t.priority.desc().nullsFirst(), t.createdAt, t.id)
      .where(sql`status = 'queued'`),
    index('consultations_assigned_idx').on(t.assignedStaffId).where(sql`status = 'active'`),
    index('consultations_closed_idx').on(t.closedAt).where(sql`status = 'closed'`),
    index('consultations_purge_idx').on(t.closedAt).where(sql`status = 'closed' AND content_purged_at IS NULL`),
    index('consultations_created_idx').on(t.createdAt),
    index('consultations_history_idx').on(t.historyId, t.createdAt).where(sql`history_id IS NOT NULL`),
    index('consultations_preferred_idx').on(t.preferredUntil).where(sql`status = 'queued' AND preferred_until IS NOT NULL`),
    check('consultations_preferred_mode', sql`${t.preferredMode} IS NULL OR ${t.preferredMode} in ('first', 'wait', 'message')`),
  ],
);

/**
 * Issue 12: consultations linked by a return key. Only the key's hash is kept; `returnKey:keep` replaces it (an older
 * key stops working), `returnKey:forget` clears it.
 */
export const consultationHistories = pgTable('consultation_histories', {
  id: uuid('id').primaryKey().defaultRandom(),
  returnKeyHash: text('return_key_hash').unique(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    sender: text('sender').$type<SenderKind>().notNull(),
    senderStaffId: uuid('sender_staff_id').references(() => staff.id),
    senderName: text('sender_name'),
    body: text('body').notNull(),
    visibility: text('visibility').$type<Visibility>().notNull().default('all'),
    clientMessageId: text('client_message_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    /** Issue 12: `card` for a referral card (its `card` column set); the wire's `system` kind follows from `sender`. */
    kind: text('kind').$type<'text' | 'card'>().notNull().default('text'),
    /** Issue 12: the referral card as sent (JSON), sealed like the body. */
    card: text('card'),
  },
  (t) => [
    uniqueIndex('messages_seq_uq').on(t.consultationId, t.seq),
    uniqueIndex('messages_client_id_uq').on(t.consultationId, t.sender, t.clientMessageId),
    check('messages_kind', sql`${t.kind} in ('text', 'card') AND (${t.kind} = 'card') = (${t.card} IS NOT NULL)`),
  ],
);

export const consultationEvents = pgTable(
  'consultation_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    actorStaffId: uuid('actor_staff_id').references(() => staff.id),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('consultation_events_consultation_idx').on(t.consultationId, t.id)],
);

export const shifts = pgTable(
  'shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffId: uuid('staff_id').notNull().references(() => staff.id, { onDelete: 'cascade' }),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    role: text('role').$type<Role>().notNull().default('counselor'),
    /** When the "your shift ends soon" reminder went out, and when the end itself was handled: once per shift, cluster-wide. */
    remindedAt: ts('reminded_at'),
    endHandledAt: ts('end_handled_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('shifts_staff_idx').on(t.staffId, t.startsAt), index('shifts_range_idx').on(t.startsAt, t.endsAt), check('shifts_order', sql`${t.endsAt} > ${t.startsAt}`)],
);

/** A hand-off of a consultation (issue 8): warm to a person (offered, then accepted, declined or expired) or cold to a team. */
export const handoffs = pgTable(
  'handoffs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    fromStaffId: uuid('from_staff_id').references(() => staff.id),
    toStaffId: uuid('to_staff_id').references(() => staff.id),
    toTeam: text('to_team'),
    mode: text('mode').$type<'warm' | 'cold'>().notNull(),
    /** offered → accepted | declined | expired | cancelled (warm); cold ones are created `completed`. */
    status: text('status').notNull(),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at'),
    respondedAt: ts('responded_at'),
  },
  (t) => [
    index('handoffs_consultation_idx').on(t.consultationId),
    index('handoffs_open_idx').on(t.expiresAt).where(sql`status = 'offered'`),
  ],
);

/** An escalation to supervisors (issue 8): open → acknowledged → resolved; an unacknowledged emergency alerts again. */
export const escalations = pgTable(
  'escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    raisedBy: uuid('raised_by').references(() => staff.id),
    level: text('level').$type<'consult' | 'urgent' | 'emergency'>().notNull(),
    status: text('status').$type<'open' | 'acknowledged' | 'resolved'>().notNull().default('open'),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
    acknowledgedAt: ts('acknowledged_at'),
    acknowledgedBy: uuid('acknowledged_by').references(() => staff.id),
    resolvedAt: ts('resolved_at'),
    resolvedBy: uuid('resolved_by').references(() => staff.id),
    resolutionNote: text('resolution_note'),
    /** When an unacknowledged emergency was raised again (to admins too): once, by whichever process sweeps. */
    realertedAt: ts('realerted_at'),
  },
  (t) => [
    index('escalations_consultation_idx').on(t.consultationId),
    index('escalations_open_idx').on(t.createdAt).where(sql`status <> 'resolved'`),
    index('escalations_created_idx').on(t.createdAt),
  ],
);

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    staffId: uuid('staff_id').references(() => staff.id),
    action: text('action').notNull(),
    consultationId: uuid('consultation_id'),
    /** What the action was done to, e.g. `staff:<id>`, `shift:<id>`, `settings:hotlines`. */
    subject: text('subject'),
    /** Details without conversation content: changed fields, before and after values that are not secrets. */
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('audit_log_consultation_idx').on(t.consultationId), index('audit_log_created_idx').on(t.createdAt)],
);

/** Canned replies (issue 10): `center` ones admins edit, `personal` ones their owner's. */
export const cannedReplies = pgTable(
  'canned_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scope: text('scope').$type<'center' | 'personal'>().notNull(),
    ownerStaffId: uuid('owner_staff_id').references(() => staff.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    shortcut: text('shortcut').notNull().default(''),
    bodyJa: text('body_ja').notNull().default(''),
    bodyEn: text('body_en').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('canned_replies_owner_idx').on(t.scope, t.ownerStaffId),
    check('canned_replies_scope_owner', sql`(${t.scope} = 'center' AND ${t.ownerStaffId} IS NULL) OR (${t.scope} = 'personal' AND ${t.ownerStaffId} IS NOT NULL)`),
  ],
);

/**
 * The visitor survey (issue 11). A submission row says only that a consultation answered (one per consultation);
 * the answers hang off a response that carries the day alone, so no answer can be tied back to a chat.
 */
export const surveyQuestions = pgTable(
  'survey_questions',
  {
    id: text('id').primaryKey(),
    kind: text('kind').$type<'scale' | 'yesno' | 'text'>().notNull(),
    textJa: text('text_ja').notNull(),
    textEn: text('text_en').notNull(),
    position: integer('position').notNull(),
    retiredAt: ts('retired_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [check('survey_questions_kind', sql`${t.kind} in ('scale', 'yesno', 'text')`)],
);

export const surveySubmissions = pgTable('survey_submissions', {
  consultationId: uuid('consultation_id').primaryKey().references(() => consultations.id, { onDelete: 'cascade' }),
  submittedAt: ts('submitted_at').notNull(),
});

export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The day in the service's time zone, nothing finer. */
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
  },
  (t) => [index('survey_responses_submitted_on_idx').on(t.submittedOn)],
);

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    responseId: uuid('response_id').notNull().references(() => surveyResponses.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull().references(() => surveyQuestions.id),
    valueNumber: integer('value_number'),
    valueBool: boolean('value_bool'),
    /** The comment, sealed at rest when server/src/crypto is there. */
    valueText: text('value_text'),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] }), index('survey_answers_question_idx').on(t.questionId)],
);

/** Issue 12: the directory of local services counselors refer visitors to. Public information, not sealed. */
export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<ServiceKind>().notNull(),
    name: text('name').notNull(),
    prefecture: text('prefecture').notNull(),
    municipality: text('municipality'),
    phone: text('phone'),
    url: text('url'),
    hours: text('hours'),
    description: text('description').notNull().default(''),
    enName: text('en_name'),
    enDescription: text('en_description'),
    enHours: text('en_hours'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('services_area_idx').on(t.prefecture, t.municipality),
    check(
      'services_kind',
      sql`${t.kind} in ('hikikomori_center', 'youth_support_station', 'mental_health_center', 'ibasho', 'family_class', 'medical', 'other')`,
    ),
  ],
);

/**
 * Issue 12: one row per card sent, for reports (by kind and area). Kept, like the consultation row, after the content
 * is purged; it holds no content, only the service's kind and area as they were.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id').references(() => consultations.id, { onDelete: 'set null' }),
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'set null' }),
    staffId: uuid('staff_id').references(() => staff.id),
    kind: text('kind').$type<ServiceKind>().notNull(),
    prefecture: text('prefecture').notNull(),
    municipality: text('municipality'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('referrals_created_idx').on(t.createdAt)],
);

/** Issue 12: the center's own seminars, family classes, 居場所 days and workshops (the public offers page). */
export const offers = pgTable(
  'offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at'),
    place: text('place').notNull(),
    audience: text('audience').$type<OfferAudience>().notNull(),
    description: text('description').notNull().default(''),
    enTitle: text('en_title'),
    enDescription: text('en_description'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('offers_starts_idx').on(t.startsAt),
    check('offers_audience', sql`${t.audience} in ('self', 'family', 'all')`),
    check('offers_ends_after_start', sql`${t.endsAt} IS NULL OR ${t.endsAt} > ${t.startsAt}`),
  ],
);

export const schema = {
  staff, staffSessions, setupTokens, consultations, messages, consultationEvents, shifts, handoffs, escalations, settings, auditLog,
  cannedReplies,
  surveyQuestions, surveySubmissions, surveyResponses, surveyAnswers,
  consultationHistories, services, referrals, offers,
};
