import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Env } from '@hidamari/shared';
import type { Logger } from 'pino';
import { createKeyring, decodeKey, KEY_BYTES, type Keyring } from './envelope.js';

/** Where embedded mode keeps the key it generated (mode 0600), beside PGlite's files. */
export const KEY_FILE = 'message.key';

export class KeyConfigError extends Error {}

type KeyEnv = Pick<Env, 'MESSAGE_KEY' | 'MESSAGE_KEYS_PREVIOUS' | 'DATABASE_URL' | 'DATA_DIR'>;

function previousKeys(env: KeyEnv): Buffer[] {
  return (env.MESSAGE_KEYS_PREVIOUS ?? []).map((text, i) => {
    const key = decodeKey(text);
    if (!key) throw new KeyConfigError(`MESSAGE_KEYS_PREVIOUS: entry ${i + 1} is not 32 bytes of base64`);
    return key;
  });
}

/**
 * Why the keys configured cannot start the server, or null. With DATABASE_URL a key must be given: a generated one
 * would differ per process and be lost with the container.
 */
export function missingKeyRefusal(env: Pick<Env, 'MESSAGE_KEY' | 'DATABASE_URL' | 'MESSAGE_KEYS_PREVIOUS'>): string | null {
  if (env.DATABASE_URL && !env.MESSAGE_KEY) {
    return 'MESSAGE_KEY is required when DATABASE_URL is set: 32 random bytes, base64 (e.g. `openssl rand -base64 32`); every process of the service uses the same one';
  }
  if (env.MESSAGE_KEY && !decodeKey(env.MESSAGE_KEY)) return 'MESSAGE_KEY must be 32 random bytes, base64 (e.g. `openssl rand -base64 32`)';
  const bad = (env.MESSAGE_KEYS_PREVIOUS ?? []).findIndex((k) => !decodeKey(k));
  if (bad >= 0) return `MESSAGE_KEYS_PREVIOUS: entry ${bad + 1} is not 32 bytes of base64`;
  return null;
}

/**
 * The keyring of this process: MESSAGE_KEY (current) and MESSAGE_KEYS_PREVIOUS (still readable). Embedded mode
 * without MESSAGE_KEY reads the key generated into DATA_DIR on first start, or generates it now and says so
 * (never the key); an in-memory database gets a key for this process's life only.
 */
export function loadKeyring(env: KeyEnv & Pick<Env, 'BENCH_PLAINTEXT_AT_REST'>, log?: Pick<Logger, 'info' | 'warn'>): Keyring {
  const ring = keyringOf(env, log);
  if (!env.BENCH_PLAINTEXT_AT_REST) return ring;
  log?.warn('BENCH_PLAINTEXT_AT_REST: messages and notes are stored UNENCRYPTED (benchmark only)');
  return { ...ring, plaintext: true };
}

function keyringOf(env: KeyEnv, log?: Pick<Logger, 'info' | 'warn'>): Keyring {
  const refusal = missingKeyRefusal(env);
  if (refusal) throw new KeyConfigError(refusal);
  const previous = previousKeys(env);
  if (env.MESSAGE_KEY) {
    const key = decodeKey(env.MESSAGE_KEY);
    if (!key) throw new KeyConfigError('MESSAGE_KEY must be 32 bytes of base64');
    return createKeyring(key, previous);
  }
  if (env.DATA_DIR.startsWith('memory://')) return createKeyring(randomBytes(KEY_BYTES), previous);
  const dir = resolve(env.DATA_DIR);
  const file = join(dir, KEY_FILE);
  if (existsSync(file)) {
    const key = decodeKey(readFileSync(file, 'utf8'));
    if (!key) throw new KeyConfigError(`${file} does not hold a 32-byte base64 key (set MESSAGE_KEY or restore the file)`);
    return createKeyring(key, previous);
  }
  mkdirSync(dir, { recursive: true });
  const key = randomBytes(KEY_BYTES);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  log?.warn({ file }, `MESSAGE_KEY is not set: generated a message key into ${file} (mode 0600). Back it up with the data; without it the conversations cannot be read`);
  return createKeyring(key, previous);
}
