/**
 * `npm run keys:reencrypt`: re-seals every stored value under MESSAGE_KEY, with the old keys in MESSAGE_KEYS_PREVIOUS.
 * Same environment as the server (DATABASE_URL or DATA_DIR); safe while the service runs, and safe to run again.
 */
import { EnvError, parseEnv } from '../config/env.js';
import { openDatabase } from '../db/client.js';
import { currentKeyId, useKeyring } from './index.js';
import { KeyConfigError, loadKeyring } from './keys.js';
import { reencryptAll } from './reencrypt.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

try {
  const env = parseEnv(process.env);
  const say = (a: unknown, b?: unknown) => console.warn(typeof a === 'string' ? a : b);
  useKeyring(loadKeyring(env, { info: say, warn: say } as unknown as Parameters<typeof loadKeyring>[1]));
  const database = await openDatabase(env);
  print(`re-encrypting under key ${currentKeyId()} (${database.kind})`);
  try {
    const done = await reencryptAll(database.db);
    for (const d of done) print(`  ${d.target}: ${d.rewritten} rewritten`);
    print('done: no value under another key remains (drop the old keys from MESSAGE_KEYS_PREVIOUS once every process runs with this one)');
  } finally {
    await database.close();
  }
} catch (err) {
  if (err instanceof EnvError || err instanceof KeyConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
}
