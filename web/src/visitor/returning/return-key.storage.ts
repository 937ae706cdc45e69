import { STORAGE_PREFIX, type KeyValueStore } from '../session.storage';

/**
 * The return key lives on the device only because the visitor chose "keep" after a chat. It is apart from the
 * session (a close or "start new" clears the session, not this), but under the same prefix, and the quick exit and
 * "forget" remove it like everything else.
 */
export const RETURN_KEY_STORAGE_KEY = `${STORAGE_PREFIX}returnKey`;

export function readReturnKey(store: KeyValueStore | null): string | null {
  try {
    const key = store?.getItem(RETURN_KEY_STORAGE_KEY) ?? null;
    return key && key.trim() ? key : null;
  } catch {
    return null;
  }
}

export function writeReturnKey(store: KeyValueStore | null, key: string): void {
  try {
    store?.setItem(RETURN_KEY_STORAGE_KEY, key);
  } catch {
    /* storage full or blocked: the visitor still has the key on screen to write down */
  }
}

export function clearReturnKey(store: KeyValueStore | null): void {
  try {
    store?.removeItem(RETURN_KEY_STORAGE_KEY);
  } catch {
    /* blocked storage holds nothing to clear */
  }
}
