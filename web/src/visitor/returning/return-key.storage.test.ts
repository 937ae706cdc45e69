import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../session.storage';
import { clearSession, writeSession } from '../session.storage';
import { clearReturnKey, readReturnKey, RETURN_KEY_STORAGE_KEY, writeReturnKey } from './return-key.storage';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const throwingStore: KeyValueStore = {
  getItem: () => { throw new Error('blocked'); },
  setItem: () => { throw new Error('blocked'); },
  removeItem: () => { throw new Error('blocked'); },
};

describe('return key storage', () => {
  it('should read back a kept key under the hidamari.visitor. prefix', () => {
    const store = memoryStore();
    writeReturnKey(store, 'ABCD-EFGH-JKLM-NPQR');
    expect(readReturnKey(store)).toBe('ABCD-EFGH-JKLM-NPQR');
    expect(RETURN_KEY_STORAGE_KEY.startsWith('hidamari.visitor.')).toBe(true);
  });

  it('should keep the key when the session is cleared after a close, and drop it when forgotten', () => {
    const store = memoryStore();
    writeSession(store, { token: 't', consultationId: 'c', resumeCode: 'ABCD-EFGH-JKLM' });
    writeReturnKey(store, 'ABCD-EFGH-JKLM-NPQR');
    clearSession(store);
    expect(readReturnKey(store)).toBe('ABCD-EFGH-JKLM-NPQR');
    clearReturnKey(store);
    expect(readReturnKey(store)).toBeNull();
    expect(store.data.size).toBe(0);
  });

  it('should have no key when storage is missing, blank or blocked', () => {
    const store = memoryStore();
    store.setItem(RETURN_KEY_STORAGE_KEY, '  ');
    expect(readReturnKey(store)).toBeNull();
    expect(readReturnKey(null)).toBeNull();
    expect(readReturnKey(throwingStore)).toBeNull();
    expect(() => writeReturnKey(throwingStore, 'x')).not.toThrow();
    expect(() => clearReturnKey(throwingStore)).not.toThrow();
  });
});
