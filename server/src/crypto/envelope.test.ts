import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyring, decodeKey, isSealed, keyIdOf, openWith, sealedKeyId, sealWith, UnreadableValueError } from './envelope.js';

const keyA = randomBytes(32);
const keyB = randomBytes(32);

describe('field envelope', () => {
  it('should round-trip text without the text appearing in the sealed value when sealed with the current key', () => {
    const ring = createKeyring(keyA);
    const sealed = sealWith(ring, '死にたいと思う夜があります');
    expect(isSealed(sealed)).toBe(true);
    expect(sealedKeyId(sealed)).toBe(keyIdOf(keyA));
    expect(sealed).not.toContain('死にたい');
    expect(openWith(ring, sealed)).toBe('死にたいと思う夜があります');
  });

  it('should give two different sealed values for the same text when sealed twice (a fresh IV each time)', () => {
    const ring = createKeyring(keyA);
    expect(sealWith(ring, 'same')).not.toBe(sealWith(ring, 'same'));
  });

  it('should read values under a previous key when that key is configured as previous', () => {
    const old = sealWith(createKeyring(keyA), 'old text');
    const rotated = createKeyring(keyB, [keyA]);
    expect(openWith(rotated, old)).toBe('old text');
    expect(sealedKeyId(sealWith(rotated, 'new'))).toBe(keyIdOf(keyB));
  });

  it('should refuse, naming the key id, when the value is under a key that is not configured', () => {
    const old = sealWith(createKeyring(keyA), 'x');
    expect(() => openWith(createKeyring(keyB), old)).toThrow(new RegExp(keyIdOf(keyA)));
  });

  it('should refuse when the ciphertext was tampered with', () => {
    const ring = createKeyring(keyA);
    const sealed = sealWith(ring, 'hello there');
    const packed = Buffer.from(sealed.split(':')[2]!, 'base64');
    packed[packed.length - 1]! ^= 1;
    const forged = `hm1:${keyIdOf(keyA)}:${packed.toString('base64')}`;
    expect(() => openWith(ring, forged)).toThrow(UnreadableValueError);
  });

  it('should return plain text as it is when it was written before encryption existed', () => {
    expect(openWith(createKeyring(keyA), 'legacy body')).toBe('legacy body');
  });

  it('should store plain text when the benchmark-only plaintext switch is on', () => {
    expect(sealWith({ ...createKeyring(keyA), plaintext: true }, 'bench')).toBe('bench');
  });

  it('should accept only 32-byte base64 keys when decoding', () => {
    expect(decodeKey(keyA.toString('base64'))?.equals(keyA)).toBe(true);
    expect(decodeKey(randomBytes(16).toString('base64'))).toBeNull();
    expect(decodeKey('not base64 !!')).toBeNull();
  });
});
