import { describe, expect, it } from 'vitest';
import { alertTitle, readSoundPref, writeSoundPref } from './reply-alert';

function memory() {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

describe('reply alert', () => {
  it('should put the count of unseen replies before the usual title, and nothing when all are seen', () => {
    const label = (n: number) => `（${n}）新しいメッセージ`;
    expect(alertTitle('ひだまり', 2, label)).toBe('（2）新しいメッセージ — ひだまり');
    expect(alertTitle('ひだまり', 0, label)).toBe('ひだまり');
  });

  it('should keep the sound off unless the visitor turned it on, and forget it when turned off', () => {
    const store = memory();
    expect(readSoundPref(store)).toBe(false);
    writeSoundPref(true, store);
    expect(readSoundPref(store)).toBe(true);
    writeSoundPref(false, store);
    expect(store.data.size).toBe(0);
  });
});
