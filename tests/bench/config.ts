/** Bench sizes. --quick keeps every correctness check at small counts so CI finishes in well under a minute. */
export interface Profile {
  name: 'full' | 'quick';
  visitors: number;
  counselors: number;
  /** Concurrent chats per counselor allowed by the service (the schema's maximum is 10). */
  maxConcurrent: number;
  /** Pause after connecting, so steady load measures steady state, not the tail of the connect burst. */
  settleMs: number;
  steadyRate: number;
  steadyMs: number;
  rampRates: number[];
  rampStepMs: number;
  p99LimitMs: number;
  stormConsultations: number;
  b2Ms: number;
  b2WarmupMs: number;
  idempotencyProbes: number;
  /** Pipelined scenario: messages each sender sends back to back, and the overall rate the bursts are scheduled at. */
  pipelineBurst: number;
  pipelineRate: number;
  /** Escalations and warm hand-offs while messages flow (issue 8); see scenarios/escalate-handoff.ts. */
  care: CareProfile;
  /** Runs of the risk matcher's microbenchmark (a 4,000-character message against 500 phrases). */
  riskRuns: number;
}

export interface CareProfile {
  /** Message rate flowing meanwhile (open loop, the population's chats) and for how long. */
  rate: number;
  ms: number;
  /** On-duty supervisors, each of whom must receive every escalation. */
  supervisors: number;
  /** Emergencies raised by the population's counselors, spread evenly over the window, each on a chat of its own. */
  escalations: number;
  /** Warm hand-offs, each accepted at once, spread over the window across `handoffLanes` sender → receiver pairs. */
  handoffs: number;
  handoffLanes: number;
}

export const FULL: Profile = {
  name: 'full',
  visitors: 1000,
  counselors: 100,
  maxConcurrent: 10,
  settleMs: 2000,
  steadyRate: 400,
  steadyMs: 12_000,
  rampRates: [400, 600, 800, 1000, 1300, 1600, 2000, 2500, 3200, 4000, 5000, 6500, 8000, 10_000],
  rampStepMs: 2500,
  p99LimitMs: 250,
  stormConsultations: 300,
  b2Ms: 3000,
  b2WarmupMs: 1500,
  idempotencyProbes: 50,
  // 2,000 senders × 5 = 10,000 messages in 10 s.
  pipelineBurst: 5,
  pipelineRate: 1000,
  care: { rate: 400, ms: 10_000, supervisors: 5, escalations: 100, handoffs: 40, handoffLanes: 8 },
  riskRuns: 5000,
};

export const QUICK: Profile = {
  name: 'quick',
  visitors: 50,
  counselors: 10,
  maxConcurrent: 10,
  settleMs: 500,
  steadyRate: 100,
  steadyMs: 4000,
  // Up to 2,000/s so group commit (several messages per statement) is exercised by the correctness checks too.
  rampRates: [200, 400, 1000, 2000],
  rampStepMs: 1500,
  p99LimitMs: 250,
  stormConsultations: 30,
  b2Ms: 1000,
  b2WarmupMs: 800,
  idempotencyProbes: 10,
  // 100 senders × 10 = 1,000 messages in 2 s.
  pipelineBurst: 10,
  pipelineRate: 500,
  // 200/s rather than 400: --quick checks that no escalation or hand-off is lost, on CI machines of any speed.
  care: { rate: 200, ms: 3000, supervisors: 2, escalations: 12, handoffs: 6, handoffLanes: 2 },
  riskRuns: 1000,
};

/** Server environment the bench needs: limits meant for real clients would stop 1,000 visitors from one address. */
export const SERVICE_ENV: Record<string, string> = {
  RATE_LIMIT_LOGIN: '100000',
  RATE_LIMIT_START: '100000',
  // Still checked on every message and connection (their cost is in the figures), never reached by the bench's load.
  RATE_LIMIT_MESSAGES: '100000',
  MAX_CONNECTIONS_PER_CLIENT: '100000',
  // Nothing may be swept or re-queued behind the bench's back while it measures.
  STAFF_GRACE_SECONDS: '600',
};
