/**
 * `npm run seed:synthetic -- --consultations 100000 [--days 365] [--seed 1]`: a synthetic history into the configured
 * database (DATABASE_URL, or embedded PGlite in DATA_DIR), migrations applied first. For reports and their benchmark.
 */
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { EnvError, parseEnv } from '../config/env.js';
import { useKeyring } from '../crypto/index.js';
import { loadKeyring } from '../crypto/keys.js';
import { openDatabase } from '../db/client.js';
import { seedSynthetic } from './synthetic.seed.js';

const { values } = parseArgs({
  options: { consultations: { type: 'string', default: '10000' }, days: { type: 'string', default: '365' }, seed: { type: 'string', default: '1' } },
});
const consultations = Number(values.consultations);
const days = Number(values.days);
if (!Number.isInteger(consultations) || consultations < 1 || !Number.isInteger(days) || days < 1) {
  console.error('usage: npm run seed:synthetic -- --consultations N [--days D] [--seed S]');
  process.exit(2);
}

try {
  const env = parseEnv(process.env);
  const log = pino({ level: 'info' });
  useKeyring(loadKeyring(env, log));
  const database = await openDatabase(env, log);
  const started = performance.now();
  const result = await seedSynthetic(database.db, { consultations, days, seed: Number(values.seed) || 1, timeZone: env.SERVICE_TIMEZONE });
  log.info({ ...result, database: database.kind, seconds: Math.round((performance.now() - started) / 100) / 10 }, 'synthetic history written');
  await database.close();
} catch (err) {
  console.error(err instanceof EnvError ? err.message : err);
  process.exit(1);
}
