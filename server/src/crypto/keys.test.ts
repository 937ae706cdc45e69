import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keyIdOf } from './envelope.js';
import { KEY_FILE, loadKeyring, missingKeyRefusal } from './keys.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const base = { DATA_DIR: 'memory://', MESSAGE_KEYS_PREVIOUS: [] as string[], BENCH_PLAINTEXT_AT_REST: false };

describe('message keys', () => {
  it('should name MESSAGE_KEY when DATABASE_URL is set without one', () => {
    expect(missingKeyRefusal({ DATABASE_URL: 'postgres://x/y', MESSAGE_KEY: undefined, MESSAGE_KEYS_PREVIOUS: [] })).toMatch(/^MESSAGE_KEY is required/);
    expect(() => loadKeyring({ ...base, DATABASE_URL: 'postgres://x/y', MESSAGE_KEY: undefined })).toThrow(/MESSAGE_KEY/);
  });

  it('should use MESSAGE_KEY as current and every previous key as readable when both are given', () => {
    const [cur, old] = [randomBytes(32), randomBytes(32)];
    const ring = loadKeyring({ ...base, DATABASE_URL: 'postgres://x/y', MESSAGE_KEY: cur.toString('base64'), MESSAGE_KEYS_PREVIOUS: [old.toString('base64')] });
    expect(ring.currentId).toBe(keyIdOf(cur));
    expect([...ring.keys.keys()].sort()).toEqual([keyIdOf(cur), keyIdOf(old)].sort());
  });

  it('should refuse a previous key that is not 32 bytes of base64, naming its position', () => {
    expect(missingKeyRefusal({ DATABASE_URL: undefined, MESSAGE_KEY: undefined, MESSAGE_KEYS_PREVIOUS: ['short'] })).toMatch(/entry 1/);
  });

  it('should generate a key file with mode 0600 once and read the same key afterwards when embedded mode has no MESSAGE_KEY', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hidamari-keys-'));
    dirs.push(dir);
    const said: string[] = [];
    const log = { info: () => undefined, warn: (_o: unknown, m?: string) => void said.push(m ?? '') };
    const first = loadKeyring({ ...base, DATA_DIR: dir, MESSAGE_KEY: undefined, DATABASE_URL: undefined }, log as never);
    const file = join(dir, KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(said.join('\n')).toMatch(/generated a message key/);
    expect(said.join('\n')).not.toContain(readFileSync(file, 'utf8').trim());
    const second = loadKeyring({ ...base, DATA_DIR: dir, MESSAGE_KEY: undefined, DATABASE_URL: undefined }, log as never);
    expect(second.currentId).toBe(first.currentId);
    expect(said).toHaveLength(1);
  });
});
