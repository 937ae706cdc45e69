/** What a row of the matrix acts on: a target consultation in a given state, and the ids admin routes take. */
export type FixtureKind = 'active' | 'queued' | 'closed' | 'handoff' | 'escalation' | 'canned' | 'survey' | 'service' | 'offer';

export interface Fixture {
  /** The target: claimed by counselor-assigned (`active`), waiting (`queued`), closed by them (`closed`), or active with an offer/escalation open. */
  consultationId: string;
  /** Its visitor's token and resume code (the `visitor-own` caller). */
  token: string;
  resumeCode: string;
  /** Another open consultation's token (the `visitor-other` caller). */
  otherToken: string;
  otherConsultationId: string;
  /** `handoff`: a warm hand-off from counselor-assigned to counselor-unassigned, still open. */
  handoffId?: string;
  /** `escalation`: an open escalation raised by counselor-assigned. */
  escalationId?: string;
  /** `canned`: a personal canned reply of counselor-assigned. */
  cannedId?: string;
  /** `service`: an active chat (as `active`) and a directory entry, for referral cards and the directory routes. */
  serviceId?: string;
  /** `offer`: one of the center's offers. */
  offerId?: string;
  /** `survey`: the survey's active question ids in order. */
  questionIds?: string[];
  /** A spare counselor account and a shift of theirs, for the admin routes that take an id. */
  staffId: string;
  shiftId: string;
  /** A value unique to this cell, for bodies that must not collide (login ids). */
  unique: string;
}

/** The caller's own credentials, for the routes that take them in the body (login, password change). */
export interface Credentials {
  loginId: string;
  password: string;
}
