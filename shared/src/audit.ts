/** The audit log's vocabulary (admins read it in the staff app). Entries carry no conversation content. */
export const AuditAction = {
  staffCreated: 'staff.created',
  staffUpdated: 'staff.updated',
  staffPasswordReset: 'staff.password_reset',
  staffPasswordChanged: 'staff.password_changed',
  shiftCreated: 'shift.created',
  shiftUpdated: 'shift.updated',
  shiftDeleted: 'shift.deleted',
  shiftsBulk: 'shift.bulk',
  settingsUpdated: 'settings.updated',
  transcriptRead: 'transcript.read',
  riskChanged: 'risk.changed',
  /** The retention purge removed closed consultations' content (counts only). */
  retentionPurge: 'retention.purge',
  /** A visitor deleted their closed consultation's content. */
  visitorDelete: 'consultation.visitor_delete',
  /** Issue 12: a visitor kept a return key for their history (a new one replaces the old; never the key itself). */
  returnKeyKeep: 'return_key.keep',
  /** Issue 12: a visitor had their history's return key forgotten. */
  returnKeyForget: 'return_key.forget',
  surveyQuestionCreated: 'survey.question_created',
  surveyQuestionUpdated: 'survey.question_updated',
  surveyQuestionsReordered: 'survey.questions_reordered',
  /** Issue 12: the directory of local services (subject `service:<id>`) and the center's offers (`offer:<id>`). */
  serviceCreated: 'service.created',
  serviceUpdated: 'service.updated',
  serviceDeleted: 'service.deleted',
  offerCreated: 'offer.created',
  offerUpdated: 'offer.updated',
  offerDeleted: 'offer.deleted',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

/** One entry as `GET /api/audit` returns it. */
export interface AuditEntry {
  id: number;
  action: AuditAction;
  /** Who did it; absent for the system itself. */
  staffId?: string;
  staffName?: string;
  /** What it was done to, e.g. `staff:<id>`, `shift:<id>`, `settings:hotlines`. */
  subject?: string;
  consultationId?: string;
  data: Record<string, unknown>;
  createdAt: string;
}
