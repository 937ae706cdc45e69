/** Hostile values, each invalid for the kind of field it is put in. */

/** Depth `n` of `{a: {a: …}}`. */
export function deep(n: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
}

/** Own `__proto__` / `constructor.prototype` keys, as a JSON parser makes them (an object literal would set the prototype instead). */
export const PROTO = (): unknown => JSON.parse('{"__proto__": {"polluted": "yes", "isAdmin": true}}');
export const CONSTRUCTOR = (): unknown => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}');
export const PROTOTYPE = (): unknown => JSON.parse('{"prototype": {"polluted": "yes"}, "__proto__": null}');

export const SQL = ["' OR '1'='1", "1; DROP TABLE messages; --", "00000000-0000-4000-8000-000000000000' OR 1=1 --"];
export const XSS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)'];
export const CONTROL = '\u0000\u0001\u0007\u001b[31m\u007f';
export const LONE_SURROGATE = 'abc\ud800def';
export const BIDI = '\u202egnp.exe\u202c';

/** Values that no field of any schema accepts: wrong JSON types, binary, nesting, prototype keys. */
export const NOT_A_SCALAR: readonly [string, () => unknown][] = [
  ['an object', () => ({ x: 1 })],
  ['an array', () => ['x']],
  ['null', () => null],
  ['a Buffer', () => Buffer.from('binary attachment')],
  ['deep nesting ×500', () => deep(500)],
  ['a __proto__ key', PROTO],
  ['a constructor.prototype key', CONSTRUCTOR],
];

/** Invalid for a text field (free or formatted): a number, a boolean, NUL, far too long, and the non-scalars. */
export const NOT_TEXT: readonly [string, () => unknown][] = [
  ['a number', () => 42],
  ['a boolean', () => true],
  ['NUL and control characters', () => `x${CONTROL}`],
  // Past every field's limit and under the transports' (64 KiB): the schema must be what refuses it.
  ['30,000 characters', () => 'x'.repeat(30_000)],
  ...NOT_A_SCALAR,
];

/** Invalid for an id, an enum or a pattern: every NOT_TEXT, plus strings no format accepts. */
export const NOT_FORMATTED: readonly [string, () => unknown][] = [
  ...NOT_TEXT,
  ['an SQL string', () => SQL[0]],
  ['an SQL statement', () => SQL[1]],
  ['an XSS string', () => XSS[0]],
  ['a lone surrogate', () => LONE_SURROGATE],
  ['bidi overrides', () => BIDI],
  ['an empty string', () => ''],
];

export const NOT_BOOLEAN: readonly [string, () => unknown][] = [
  ['the string "true"', () => 'true'],
  ['1', () => 1],
  ...NOT_A_SCALAR,
];

export const NOT_COUNT: readonly [string, () => unknown][] = [
  ['-1', () => -1],
  ['1.5', () => 1.5],
  ['the string "0"', () => '0'],
  ['2^64', () => 2 ** 64],
  ...NOT_A_SCALAR,
];

/** Invalid for a map of answers: not an object, or values that are neither number, boolean, text nor null. */
export const NOT_RECORD: readonly [string, () => unknown][] = [
  ['a number', () => 42],
  ['a string', () => 'answers'],
  ['an array', () => ['x']],
  ['null', () => null],
  ['a nested object', () => ({ q: { x: 1 } })],
  ['deep nesting ×500', () => deep(500)],
  ['a constructor.prototype key', CONSTRUCTOR],
];
