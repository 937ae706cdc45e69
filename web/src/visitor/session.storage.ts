import type { PendingMessage } from './messages.reducer';

/** Everything the visitor page keeps on the device lives under this prefix. */
export const STORAGE_PREFIX = 'hidamari.visitor.';
export const STORAGE_KEYS = {
  token: `${STORAGE_PREFIX}token`,
  consultationId: `${STORAGE_PREFIX}consultationId`,
  resumeCode: `${STORAGE_PREFIX}resumeCode`,
  pending: `${STORAGE_PREFIX}pending`,
} as const;

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoredSession {
  token: string;
  consultationId: string;
  resumeCode: string | null;
}

/** localStorage, or null where it is unavailable (some private modes throw on access). */
export function browserStorage(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function get(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function set(store: KeyValueStore | null, key: string, value: string | null): void {
  try {
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, value);
  } catch {
    /* storage full or blocked: the session lasts for this page only */
  }
}

export function readSession(store: KeyValueStore | null): StoredSession | null {
  const token = get(store, STORAGE_KEYS.token);
  const consultationId = get(store, STORAGE_KEYS.consultationId);
  if (!token || !consultationId) return null;
  return { token, consultationId, resumeCode: get(store, STORAGE_KEYS.resumeCode) };
}

export function writeSession(store: KeyValueStore | null, session: StoredSession): void {
  set(store, STORAGE_KEYS.token, session.token);
  set(store, STORAGE_KEYS.consultationId, session.consultationId);
  set(store, STORAGE_KEYS.resumeCode, session.resumeCode);
}

export function clearSession(store: KeyValueStore | null): void {
  for (const key of Object.values(STORAGE_KEYS)) set(store, key, null);
}

function isPending(v: unknown): v is PendingMessage {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return typeof p.clientMessageId === 'string' && typeof p.body === 'string' && typeof p.createdAt === 'string';
}

/** Unsent messages survive a reload so they can be re-sent with the same clientMessageId. */
export function readPending(store: KeyValueStore | null): PendingMessage[] {
  const raw = get(store, STORAGE_KEYS.pending);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    // After a reload every unsent message is tried again.
    return parsed.filter(isPending).map((p) => ({
      clientMessageId: p.clientMessageId, body: p.body, createdAt: p.createdAt, status: 'pending' as const,
    }));
  } catch {
    return [];
  }
}

export function writePending(store: KeyValueStore | null, pending: PendingMessage[]): void {
  set(store, STORAGE_KEYS.pending, pending.length === 0 ? null : JSON.stringify(pending));
}
