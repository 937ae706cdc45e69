import { createHash, randomBytes } from 'node:crypto';

/** Per-process salt: the limiter's keys cannot be turned back into addresses, and die with the process. */
const SALT = randomBytes(16);

/** A per-client key that is not the client's address: a salted hash, held only in memory for the window. */
export function clientKey(address: string | undefined): string {
  return createHash('sha256').update(SALT).update(address ?? 'unknown').digest('base64url').slice(0, 22);
}

/**
 * The client's address as the nearest trusted proxy saw it: with `hops` proxies in front, the entry that
 * many places from the end of X-Forwarded-For (the entries before it are the client's own claims).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string | undefined {
  if (hops === 0 || !forwardedFor) return peer;
  const chain = [...String(forwardedFor).split(',').map((s) => s.trim()).filter(Boolean), peer ?? ''];
  return chain[Math.max(0, chain.length - 1 - hops)];
}
