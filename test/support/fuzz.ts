import fc from 'fast-check';

/** Hostile values: wrong types, huge and tiny numbers, control characters, nesting, prototype keys. */
export const HOSTILE_CONSTANTS: readonly unknown[] = [
    null,
    '',
    ' ',
    '\u0000',
    '=SUM(A1:A9)',
    "'; DROP TABLE partners; --",
    '../../etc/passwd',
    '\r\nBcc: x@example.org',
    'x'.repeat(10_000),
    -1,
    0,
    1e308,
    Number.MAX_SAFE_INTEGER,
    true,
    [],
    {},
    { __proto__: { isAdmin: true } },
    { constructor: { prototype: { polluted: true } } },
    'a\u0000b',
    '\ud800',
    '€'.repeat(200),
    ['a', 1, null],
    [{ deep: [{ deeper: {} }] }],
];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.constantFrom(...HOSTILE_CONSTANTS),
);

/**
 * A body that starts valid and has some fields replaced by hostile values, some removed and some
 * unknown keys added — or an entirely random value.
 */
export function mutatedBody(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const mutated = fc
    .record({
      replace: fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: 3 }),
      drop: fc.subarray(keys, { maxLength: 2 }),
      extra: fc.dictionary(fc.string({ maxLength: 12 }), hostileValue, { maxKeys: 2 }),
    })
    .map(({ replace, drop, extra }) => {
      const body: Record<string, unknown> = { ...valid, ...replace, ...extra };
      for (const key of drop) delete body[key];
      return body;
    });
  return fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: hostileValue });
}
