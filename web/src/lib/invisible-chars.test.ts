import { describe, expect, it } from 'vitest';
import { hasInvisible, isolatedText, segments } from './invisible-chars';

describe('segments', () => {
  it('should cut a right-to-left override out of the text as its code when a body hides one', () => {
    expect(segments('abc\u202Edef')).toEqual([{ kind: 'text', text: 'abc' }, { kind: 'control', code: 'U+202E' }, { kind: 'text', text: 'def' }]);
  });

  it('should show every bidi, zero-width and invisible formatting character when they stand anywhere', () => {
    const all = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C',
      '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\u00AD'];
    const out = segments(`x${all.join('')}y`);
    expect(out.filter((s) => s.kind === 'control')).toHaveLength(all.length);
    expect(out[1]).toEqual({ kind: 'control', code: 'U+202A' });
    expect(out.at(-2)).toEqual({ kind: 'control', code: 'U+00AD' });
  });

  it('should leave ordinary Japanese, emoji sequences and variation selectors as they are', () => {
    for (const text of ['こんにちは、はじめまして。', '👨\u200D👩\u200D👧', '👍🏽', '❤\uFE0F', '葛\u{E0100}城']) {
      expect(segments(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  it('should show a zero-width joiner that joins no emoji', () => {
    expect(segments('a\u200Db')).toEqual([{ kind: 'text', text: 'a' }, { kind: 'control', code: 'U+200D' }, { kind: 'text', text: 'b' }]);
    expect(segments('👍\u200D').at(-1)).toEqual({ kind: 'control', code: 'U+200D' });
  });

  it('should return nothing for an empty string', () => {
    expect(segments('')).toEqual([]);
    expect(hasInvisible('普通の文')).toBe(false);
  });
});

describe('isolatedText', () => {
  it('should wrap a name in an isolate with its overrides made visible when it goes into a sentence', () => {
    expect(isolatedText('はる\u202Eabc')).toBe('\u2068はる⟪U+202E⟫abc\u2069');
    expect(isolatedText('はる')).toBe('\u2068はる\u2069');
  });
});
