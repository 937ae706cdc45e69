/**
 * How much one connection, and one side of one consultation, may send. Each budget is a steady rate per second plus
 * a burst per minute taken only once the second's share is used up (rate-limiter-flexible's BurstyRateLimiter): a
 * person typing fast (3 a second) never leaves the steady rate, an outbox flushing 200 queued messages after a
 * reconnect fits in the burst, and a flood gets one burst and then the steady rate.
 */
export interface Budget {
  perSecond: number;
  burstPerMinute: number;
}

export interface EventBudgets {
  /** `message:send` on one visitor connection. */
  visitorSocket: Budget;
  /** `message:send` on one staff connection (a counselor writes in up to 10 chats). */
  staffSocket: Budget;
  /** Every visitor connection of one consultation together (a resumed token may connect several). */
  visitorSide: Budget;
  /** Every staff connection writing in one consultation (counselor, whispering supervisor). */
  staffSide: Budget;
  /** `typing:set`: clients send it when typing starts and every few seconds while it lasts. */
  typingSocket: Budget;
  typingSide: Budget;
}

/** The burst of a budget: a minute's worth of the steady rate again, so an outbox of 300 fits at the default of 5. */
const BURST_MINUTES = 1;

const budget = (perSecond: number): Budget => ({ perSecond, burstPerMinute: perSecond * 60 * BURST_MINUTES });

/** The budgets for `messagesPerSecond` (RATE_LIMIT_MESSAGES) per visitor connection; the others are multiples of it. */
export function eventBudgets(messagesPerSecond: number): EventBudgets {
  return {
    visitorSocket: budget(messagesPerSecond),
    staffSocket: budget(messagesPerSecond * 4),
    visitorSide: budget(messagesPerSecond * 2),
    // The two sides count apart: a visitor flooding their chat must not use up the counselor's answer.
    staffSide: budget(messagesPerSecond * 4),
    typingSocket: { perSecond: 5, burstPerMinute: 60 },
    typingSide: { perSecond: 5, burstPerMinute: 60 },
  };
}

/** Whole seconds to wait before the next try, never 0 (a client told "0 s" would retry at once). */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}

/** The refusal's message: the code is RATE_LIMITED; the hint is for people and for clients that parse it (`retry after N s`). */
export function rateLimitedMessage(what: 'messages' | 'typing updates', msBeforeNext: number): string {
  return `too many ${what}; retry after ${retryAfterSeconds(msBeforeNext)} s`;
}
