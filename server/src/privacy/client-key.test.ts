import { describe, expect, it } from 'vitest';
import { clientAddress, clientKey, useSalt } from './client-key.js';

describe('clientAddress', () => {
  it('should use the peer and ignore X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress('10.0.0.9', '1.2.3.4', 0)).toBe('10.0.0.9');
  });
  it('should take the address the trusted proxy appended, not what the client claimed', () => {
    expect(clientAddress('10.0.0.9', 'spoofed, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.9', '203.0.113.7, 10.0.0.8', 2)).toBe('203.0.113.7');
  });
});

describe('clientKey', () => {
  it('should not contain the address and should be stable within the process', () => {
    const key = clientKey('203.0.113.7');
    expect(key).not.toContain('203');
    expect(clientKey('203.0.113.7')).toBe(key);
    expect(clientKey('203.0.113.8')).not.toBe(key);
  });
});

describe('useSalt', () => {
  it('should derive every key from the salt in use when the cluster salt replaces the process one', () => {
    const before = clientKey('203.0.113.7');
    useSalt(Buffer.alloc(16, 7));
    const shared = clientKey('203.0.113.7');
    expect(shared).not.toBe(before);
    useSalt(Buffer.alloc(16, 7));
    expect(clientKey('203.0.113.7')).toBe(shared);
  });
});
