import { hashToken, newTemporaryPassword } from '../auth/tokens.js';

/**
 * A return key like `K7QM-3XPA-TR9D-W2HN`: four groups of four from the resume code's unambiguous alphabet (~78 bits),
 * the same generator as a temporary password. Only its hash is stored.
 */
export const newReturnKey = (): string => newTemporaryPassword();

/** Forgives case, spaces and hyphens and maps look-alikes, as the resume code does; always grouped by four. */
export function normalizeReturnKey(input: string): string {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return s.match(/.{1,4}/g)?.join('-') ?? '';
}

export const returnKeyHash = (input: string): string => hashToken(normalizeReturnKey(input));
