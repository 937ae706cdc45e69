import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A bearer secret: 32 random bytes, URL-safe. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens and resume codes carry ≥60 bits of randomness, so a fast hash is enough; no salt needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// Crockford-style alphabet: no 0/O, 1/I/L, U, so a code read aloud or copied by hand survives.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A resume code like `K7QM-3XPA-TR9D` (12 symbols, ~59 bits). */
export function newResumeCode(): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/** Forgives case, spaces and hyphens; maps look-alikes to the alphabet. */
export function normalizeResumeCode(input: string): string {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return s.length === 12 ? `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}` : s;
}

/**
 * A temporary password an admin reads out or passes on: four groups of four from the same unambiguous
 * alphabet (`K7QM-3XPA-TR9D-W2HN`, ~78 bits), shown once and stored only as an argon2id hash.
 */
export function newTemporaryPassword(): string {
  let s = '';
  for (let i = 0; i < 16; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s.match(/.{4}/g)!.join('-');
}
