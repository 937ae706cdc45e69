import { z } from 'zod';
import { LoginIdSchema } from './common.schemas.js';

const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Every environment variable the server reads. Parsed once at start-up; a bad one is named in the error. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  /** The first admin's login id: the same rule as every staff login id. */
  ADMIN_LOGIN: LoginIdSchema.optional(),
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SERVICE_TIMEZONE: z.string().min(1).default('Asia/Tokyo'),
  ALLOWED_ORIGINS: z.string().optional().transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [])),
  DEMO: bool.default(false),
  /** Seconds a counselor may be disconnected before their chats go back to the queue. */
  STAFF_GRACE_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Seconds without any message before an active consultation closes as inactive. */
  INACTIVITY_CLOSE_SECONDS: z.coerce.number().int().min(1).default(7200),
  /** Seconds a queued visitor may be away before the consultation is closed as abandoned. */
  ABANDON_SECONDS: z.coerce.number().int().min(1).default(86400),
  /** Minutes a staff session may go unused (no request, no connected socket) before it ends; SESSION_MAX_HOURS is the cap regardless. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(60),
  /** Hours after login at which a staff session ends however busy it is (the absolute expiry). */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  /** Seconds an emergency escalation may stay unacknowledged before it is raised again, to admins too. */
  ESCALATION_REALERT_SECONDS: z.coerce.number().int().min(5).default(60),
  /** Seconds a warm hand-off offer waits for the colleague's answer before it expires and the chat stays with the sender. */
  HANDOFF_OFFER_SECONDS: z.coerce.number().int().min(5).default(120),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  /** Login attempts per client per minute. */
  RATE_LIMIT_LOGIN: z.coerce.number().int().min(1).default(10),
  /** Consultations started or resume codes tried per client per hour. */
  RATE_LIMIT_START: z.coerce.number().int().min(1).default(30),
  /** Messages per second one visitor connection may send steadily, plus a minute's worth as a burst (an outbox after a reconnect); staff connections 4×. */
  RATE_LIMIT_MESSAGES: z.coerce.number().int().min(1).default(5),
  /** Visitor connections open at once from one client (a salted hash of its address, never the address); with Redis, across processes. */
  MAX_CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(1).default(20),
  /** Reverse proxies in front of the service (each appends to X-Forwarded-For); 0 trusts no forwarded address. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
  /** Benchmark-only hooks (SIGUSR1 prints event-loop delay, SIGUSR2 forces GC). Off in production. */
  BENCH_HOOKS: bool.default(false),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Messages the writer may hold (waiting or being written) before it answers BUSY, which clients retry. */
  APPEND_QUEUE_MAX: z.coerce.number().int().min(1).default(5000),
  /** Longest a database statement may run, in ms (PostgreSQL's statement_timeout; 0 = no limit; PGlite cannot enforce it). */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(10000),
  /** The current message key (AES-256-GCM at rest): 32 random bytes, base64. Required with DATABASE_URL; embedded mode generates one into DATA_DIR. */
  MESSAGE_KEY: z.string().optional(),
  /** Comma list of earlier MESSAGE_KEYs still readable while `npm run keys:reencrypt` moves their values to the current key. */
  MESSAGE_KEYS_PREVIOUS: z.string().optional().transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [])),
  /** Days a closed consultation's content (messages, notes, preview, visitor token) is kept before the purge deletes it. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Benchmark-only (needs BENCH_HOOKS, refused with NODE_ENV=production): stores text unencrypted to measure what encryption costs. */
  BENCH_PLAINTEXT_AT_REST: bool.default(false),
  NODE_ENV: z.string().optional(),
});
export type Env = z.infer<typeof EnvSchema>;
