import type { Visibility } from '@hidamari/shared';
import type { PendingMessage } from '../message-merge';

/** The browser's localStorage shape, narrowed to what the outbox uses (enumeration is for clearing on logout). */
export type OutboxStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'hidamari.staff.outbox.';
const keyOf = (staffId: string, consultationId: string) => `${PREFIX}${staffId}.${consultationId}`;
const VISIBILITY: readonly Visibility[] = ['all', 'staff'];

/** localStorage, or null where it is unavailable (some private modes throw on access). */
export function browserOutboxStore(): OutboxStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function keysOf(store: OutboxStore, staffId: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k?.startsWith(`${PREFIX}${staffId}.`)) keys.push(k);
  }
  return keys;
}

function parse(raw: string | null): PendingMessage[] {
  if (!raw) return [];
  try {
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list.flatMap((v: Record<string, unknown> | null) => {
      if (typeof v?.clientMessageId !== 'string' || typeof v.body !== 'string' || typeof v.createdAt !== 'string') return [];
      const visibility = VISIBILITY.find((x) => x === v.visibility) ?? 'all';
      const failed = typeof v.errorCode === 'string' && v.status === 'failed';
      return [{ clientMessageId: v.clientMessageId, body: v.body, visibility, createdAt: v.createdAt, status: failed ? 'failed' : 'pending',
        ...(failed ? { errorCode: v.errorCode as string } : {}) } satisfies PendingMessage];
    });
  } catch {
    return [];
  }
}

/** Every consultation's unsent messages this staff member left on this device, in the order they were written. */
export function readOutbox(store: OutboxStore | null, staffId: string): Record<string, PendingMessage[]> {
  const out: Record<string, PendingMessage[]> = {};
  try {
    if (!store) return out;
    for (const key of keysOf(store, staffId)) {
      const list = parse(store.getItem(key));
      if (list.length > 0) out[key.slice(`${PREFIX}${staffId}.`.length)] = list;
    }
  } catch {
    /* unreadable storage: nothing to restore */
  }
  return out;
}

export function writeOutbox(store: OutboxStore | null, staffId: string, consultationId: string, pending: readonly PendingMessage[]): void {
  try {
    if (pending.length === 0) store?.removeItem(keyOf(staffId, consultationId));
    else store?.setItem(keyOf(staffId, consultationId), JSON.stringify(pending));
  } catch {
    /* storage full or blocked: the outbox lasts for this page only */
  }
}

/** On logout: nothing this staff member wrote stays on the device. */
export function clearOutbox(store: OutboxStore | null, staffId: string): void {
  try {
    if (store) for (const key of keysOf(store, staffId)) store.removeItem(key);
  } catch {
    /* blocked storage holds nothing of ours */
  }
}
