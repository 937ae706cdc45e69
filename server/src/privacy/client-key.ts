import { createHash, randomBytes } from 'node:crypto';

/**
 * The salt of every client key. Per process by default; with Redis, one salt for the whole cluster
 * (see limit-store.ts), so a client has the same key on every process and a shared limit counts it once.
 * Either way the keys cannot be turned back into addresses without the salt, and die with their window.
 */
let salt: Buffer = randomBytes(16);

/** Replaces the per-process salt with the cluster's (at start-up, before any key is made). */
export function useSalt(shared: Buffer): void {
  salt = shared;
}

/** A per-client key that is not the client's address: a salted hash, held only for the limit's window. */
export function clientKey(address: string | undefined): string {
  return createHash('sha256').update(salt).update(address ?? 'unknown').digest('base64url').slice(0, 22);
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
