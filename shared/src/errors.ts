/** Error codes on the wire. Callers switch on `code`, never on `message`. */
export const ErrorCode = {
  INVALID_PAYLOAD: 'INVALID_PAYLOAD',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  FORBIDDEN: 'FORBIDDEN',
  BAD_ORIGIN: 'BAD_ORIGIN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  ALREADY_CLAIMED: 'ALREADY_CLAIMED',
  AT_CAPACITY: 'AT_CAPACITY',
  NOT_ON_DUTY: 'NOT_ON_DUTY',
  /** `duty:set` outside the caller's own shift (from 15 minutes before it starts). */
  NOT_ON_SHIFT: 'NOT_ON_SHIFT',
  /** A claim after the claimant's shift has ended. */
  SHIFT_ENDED: 'SHIFT_ENDED',
  /** A chat sent to a team is claimed by someone outside it while a member of that team is on duty. */
  TEAM_RESERVED: 'TEAM_RESERVED',
  /** Issue 12: a chat the visitor asked to have with a particular counselor is claimed by someone else while it is reserved for them. */
  RESERVED_FOR_COUNSELOR: 'RESERVED_FOR_COUNSELOR',
  /** The staff member must change the temporary password an admin set before doing anything else. */
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  CONSULTATION_CLOSED: 'CONSULTATION_CLOSED',
  NOT_BOUND: 'NOT_BOUND',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The server is saturated for a moment (e.g. the message writer's queue is full): retry shortly, with the same clientMessageId. */
  BUSY: 'BUSY',
  /** An event name that this namespace does not have. */
  UNKNOWN_EVENT: 'UNKNOWN_EVENT',
  /** `survey:submit` for a consultation whose survey was already answered (one per consultation). */
  ALREADY_ANSWERED: 'ALREADY_ANSWERED',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface WireError {
  code: ErrorCode;
  message: string;
  /** For INVALID_PAYLOAD: the offending field path, e.g. `body` or `tags.2`. */
  field?: string;
}

/** An error that carries its wire code. Thrown by services, turned into a response in exactly two places. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }
  toWire(): WireError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/** HTTP status for each code; the Fastify error handler uses it. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_PAYLOAD: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  BAD_ORIGIN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_CLAIMED: 409,
  AT_CAPACITY: 409,
  NOT_ON_DUTY: 409,
  NOT_ON_SHIFT: 409,
  SHIFT_ENDED: 409,
  TEAM_RESERVED: 409,
  RESERVED_FOR_COUNSELOR: 409,
  PASSWORD_CHANGE_REQUIRED: 403,
  CONSULTATION_CLOSED: 409,
  NOT_BOUND: 409,
  RATE_LIMITED: 429,
  BUSY: 503,
  UNKNOWN_EVENT: 404,
  ALREADY_ANSWERED: 409,
  INTERNAL: 500,
};
