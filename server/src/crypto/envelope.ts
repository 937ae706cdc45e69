import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * A sealed value is one self-describing string: `hm1:<key id>:<base64 of iv(12) | tag(16) | ciphertext>`.
 * Why an envelope and not a `key_id` column beside each value: sealed text lives in many columns and inside
 * jsonb event data; one string carries its own key id everywhere, needs no schema change per field, and the
 * re-encrypt command finds the values under an old key with an index-free `LIKE 'hm1:<id>:%'`.
 */
export const ENVELOPE_PREFIX = 'hm1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export interface Keyring {
  /** Id of the key new values are sealed with. */
  currentId: string;
  /** Every readable key by id: the current one and the previous ones still being rotated out. */
  keys: ReadonlyMap<string, Buffer>;
  /** Benchmark-only (BENCH_PLAINTEXT_AT_REST): new values are stored as plain text, to measure what sealing costs. */
  plaintext?: boolean;
}

/** A key's id: 8 hex digits of its SHA-256 (reveals nothing usable about a 256-bit random key). */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('hidamari-key-id:').update(key).digest('hex').slice(0, 8);
}

/** Decodes a base64 key; null unless it is exactly 32 bytes. */
export function decodeKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return null;
  const key = Buffer.from(trimmed, 'base64');
  return key.length === KEY_BYTES ? key : null;
}

export function createKeyring(current: Buffer, previous: readonly Buffer[] = []): Keyring {
  const keys = new Map<string, Buffer>();
  for (const k of [current, ...previous]) keys.set(keyIdOf(k), k);
  return { currentId: keyIdOf(current), keys };
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(ENVELOPE_PREFIX);
}

/** The id of the key a stored value was sealed with; null for plain text written before encryption existed. */
export function sealedKeyId(stored: string): string | null {
  if (!isSealed(stored)) return null;
  const end = stored.indexOf(':', ENVELOPE_PREFIX.length);
  return end < 0 ? null : stored.slice(ENVELOPE_PREFIX.length, end);
}

export function sealWith(ring: Keyring, plain: string): string {
  if (ring.plaintext) return plain;
  const key = ring.keys.get(ring.currentId)!;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const packed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  return `${ENVELOPE_PREFIX}${ring.currentId}:${packed}`;
}

export class UnreadableValueError extends Error {}

/**
 * Opens a sealed value. Plain text without the envelope is returned as it is: rows written before 0004 stay
 * readable until `npm run keys:reencrypt` seals them. A value under an unknown key, or tampered with, throws.
 */
export function openWith(ring: Keyring, stored: string): string {
  if (!isSealed(stored)) return stored;
  const id = sealedKeyId(stored);
  const key = id ? ring.keys.get(id) : undefined;
  if (!key) throw new UnreadableValueError(`a value is sealed with key ${id ?? '?'}, which is not configured (MESSAGE_KEY / MESSAGE_KEYS_PREVIOUS)`);
  const packed = Buffer.from(stored.slice(ENVELOPE_PREFIX.length + id!.length + 1), 'base64');
  if (packed.length < IV_BYTES + TAG_BYTES) throw new UnreadableValueError('a sealed value is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key, packed.subarray(0, IV_BYTES));
  decipher.setAuthTag(packed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(packed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new UnreadableValueError(`a value sealed with key ${id} fails its integrity check`);
  }
}
