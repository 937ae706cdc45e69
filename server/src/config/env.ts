import { EnvSchema, type Env } from '@hidamari/shared';
import { missingKeyRefusal } from '../crypto/keys.js';

export class EnvError extends Error {}

/** Parses the environment once; a bad variable is named, with what is wrong with it. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = result.data;
  if ((env.ADMIN_LOGIN === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
    throw new EnvError('Invalid environment:\n  ADMIN_LOGIN and ADMIN_PASSWORD must be set together');
  }
  const keyRefusal = missingKeyRefusal(env);
  if (keyRefusal) throw new EnvError(`Invalid environment:\n  ${keyRefusal}`);
  if (env.BENCH_PLAINTEXT_AT_REST && (!env.BENCH_HOOKS || env.NODE_ENV === 'production')) {
    throw new EnvError('Invalid environment:\n  BENCH_PLAINTEXT_AT_REST is for the benchmark only: it needs BENCH_HOOKS=1 and is refused with NODE_ENV=production');
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: env.SERVICE_TIMEZONE });
  } catch {
    throw new EnvError(`Invalid environment:\n  SERVICE_TIMEZONE: unknown time zone "${env.SERVICE_TIMEZONE}"`);
  }
  return env;
}
