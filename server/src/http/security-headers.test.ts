import { describe, expect, it } from 'vitest';
import { allowedConnectSources, ownSocketSource } from './security-headers.js';

describe('allowedConnectSources', () => {
  it('should add each allowed origin with its WebSocket form and skip what is not an http(s) origin', () => {
    expect(allowedConnectSources(['https://a.example', 'http://b.example:8080', 'javascript:alert(1)', 'not a url'])).toEqual([
      'https://a.example', 'wss://a.example', 'http://b.example:8080', 'ws://b.example:8080',
    ]);
  });
});

describe('ownSocketSource', () => {
  it('should name the host the request was addressed to, wss over TLS', () => {
    expect(ownSocketSource('Chat.Example.org', true)).toBe('wss://chat.example.org');
    expect(ownSocketSource('127.0.0.1:3000', false)).toBe('ws://127.0.0.1:3000');
    expect(ownSocketSource('[::1]:3000', false)).toBe('ws://[::1]:3000');
  });
  it('should fall back to self when the Host could smuggle a directive', () => {
    expect(ownSocketSource("evil.example; script-src 'unsafe-inline'", false)).toBe("'self'");
    expect(ownSocketSource(undefined, false)).toBe("'self'");
  });
});
