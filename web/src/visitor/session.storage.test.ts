import { describe, expect, it } from 'vitest';
import {
  clearSession, readPending, readSession, STORAGE_KEYS, writePending, writeSession, type KeyValueStore,
} from './session.storage';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const throwingStore: KeyValueStore = {
  getItem: () => { throw new Error('blocked'); },
  setItem: () => { throw new Error('blocked'); },
  removeItem: () => { throw new Error('blocked'); },
};

describe('session storage', () => {
  it('should read back what was written under the hidamari.visitor. prefix', () => {
    const store = memoryStore();
    writeSession(store, { token: 't', consultationId: 'c', resumeCode: 'ABCD-EFGH-JKLM' });
    expect(readSession(store)).toEqual({ token: 't', consultationId: 'c', resumeCode: 'ABCD-EFGH-JKLM' });
    expect([...store.data.keys()].every((k) => k.startsWith('hidamari.visitor.'))).toBe(true);
  });

  it('should have no session when the token is missing', () => {
    const store = memoryStore();
    store.setItem(STORAGE_KEYS.consultationId, 'c');
    expect(readSession(store)).toBeNull();
  });

  it('should remove every visitor key when cleared and leave other keys alone', () => {
    const store = memoryStore();
    store.setItem('hidamari.lang', 'en');
    writeSession(store, { token: 't', consultationId: 'c', resumeCode: null });
    writePending(store, [{ clientMessageId: 'a', body: 'b', createdAt: 'x', status: 'pending' }]);
    clearSession(store);
    expect([...store.data.keys()]).toEqual(['hidamari.lang']);
  });

  it('should not throw when storage is blocked', () => {
    expect(() => writeSession(throwingStore, { token: 't', consultationId: 'c', resumeCode: null })).not.toThrow();
    expect(readSession(throwingStore)).toBeNull();
    expect(readSession(null)).toBeNull();
  });
});

describe('pending storage', () => {
  it('should restore failed messages as pending so they are tried again', () => {
    const store = memoryStore();
    writePending(store, [{ clientMessageId: 'a', body: 'hi', createdAt: 'x', status: 'failed', errorCode: 'INTERNAL' }]);
    expect(readPending(store)).toEqual([{ clientMessageId: 'a', body: 'hi', createdAt: 'x', status: 'pending' }]);
  });

  it('should drop the key when nothing is pending', () => {
    const store = memoryStore();
    writePending(store, [{ clientMessageId: 'a', body: 'hi', createdAt: 'x', status: 'pending' }]);
    writePending(store, []);
    expect(store.data.has(STORAGE_KEYS.pending)).toBe(false);
  });

  it('should ignore corrupt or foreign data', () => {
    const store = memoryStore();
    store.setItem(STORAGE_KEYS.pending, '{not json');
    expect(readPending(store)).toEqual([]);
    store.setItem(STORAGE_KEYS.pending, JSON.stringify([{ body: 1 }, { clientMessageId: 'ok', body: 'b', createdAt: 'c' }]));
    expect(readPending(store).map((p) => p.clientMessageId)).toEqual(['ok']);
  });
});
