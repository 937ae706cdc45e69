import { describe, expect, it } from 'vitest';
import { originAllowed } from './origin.js';

describe('originAllowed', () => {
  it('should accept the origin the request was addressed to', () => {
    expect(originAllowed('http://localhost:3000', 'localhost:3000', [])).toBe(true);
  });
  it('should refuse another host or port', () => {
    expect(originAllowed('http://evil.example', 'localhost:3000', [])).toBe(false);
    expect(originAllowed('http://localhost:3001', 'localhost:3000', [])).toBe(false);
  });
  it('should accept an origin listed in ALLOWED_ORIGINS and refuse garbage', () => {
    expect(originAllowed('https://app.example', 'localhost:3000', ['https://app.example'])).toBe(true);
    expect(originAllowed('null', 'localhost:3000', [])).toBe(false);
  });
});
