/**
 * Strings that parsers of outside data have been known to misread: numbers in disguise (`" 1"`, `"0x10"`,
 * full-width `"１２"`, `"1e999"`), names of JavaScript's special values, prototype keys, lone surrogates,
 * invisible and direction-changing characters, and the empty text.
 *
 * @internal
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '\u00a0',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u202e',
  '\u0000',
  '\ud800',
  '\udfff',
  'a\ud800b',
  '\udc00\ud800',
  'NaN',
  'Infinity',
  '-Infinity',
  'undefined',
  'null',
  'true',
  '[object Object]',
  '1e999',
  '-1e999',
  '1e-999',
  '1e99999999999999999',
  '1e-99999999999999999',
  '1e9999999',
  ' 1',
  '1 ',
  '+1',
  '-0',
  '0x10',
  '0b11',
  '0o17',
  '1_000',
  '1,000.00',
  '1.000,00',
  '１２',
  '١٢',
  '12.',
  '.5',
  '.',
  '-',
  'e5',
  '1e',
  '--1',
  '00000000000000000000000000000001',
  '123456789012345678901234567890',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '0000-00-00',
  '0000-12-31',
  '0001-01-01',
  '9999-12-31',
  '10000-01-01',
  '2026-02-29',
  '2026-02-30',
  '2026-1-1',
  '２０２６-０１-０１',
  '2026-01-01T00:00:00Z',
  '{{name}}',
  '{name}',
  '{count, plural, one {#} other {# #}}',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://example.invalid")',
  'C1\u0000C2',
];

/**
 * Numbers at and beyond the edges of what outside data may carry: JavaScript's special values, the
 * largest and smallest doubles, integers beyond 2^53 and the negative zero.
 *
 * @internal
 */
export const HOSTILE_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER,
  2 ** 31,
  -(2 ** 31) - 1,
  1e21,
  1e-7,
  0.1,
  0.30000000000000004,
  1.5,
  -1,
  3660,
  1_000_000,
];

/**
 * JSON documents whose parsed objects own a `__proto__`, `constructor` or `prototype` key, the shapes
 * that pollute `Object.prototype` when code merges or assigns them key by key.
 *
 * @internal
 */
export const PROTOTYPE_KEY_DOCUMENTS: readonly string[] = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"__proto__":{"polluted":"yes"}}}',
  '{"__proto__":null}',
  '{"__proto__":[]}',
  '{"constructor":null}',
  '{"constructor":"Object"}',
  '{"toString":"x","valueOf":1,"hasOwnProperty":null}',
];

/** The key hostile documents try to plant on `Object.prototype`. @internal */
export const POLLUTION_KEY = 'polluted';
