import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import type { DemoIds } from './demo-world.js';
import { inputValue } from './operations.js';

/** Strings that broke other systems: injections, markup, unicode edge cases, control characters. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '   \t\n',
  "' OR '1'='1",
  "'; drop table people.beneficiary; --",
  'Robert"); DELETE FROM finance.ledger_entry; --',
  '$1',
  '%s%s%s%n',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  'javascript:alert(1)',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  '\u202eevil',
  '\ufeff',
  'Z\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'ǅ',
  '\r\n\r\n',
  '\\',
  '"',
  'null',
  'undefined',
  'NaN',
  '0000-01-01',
  '9999-12-31',
  '2026-02-30',
  '2026-13-01',
  '-1',
  '1e309',
  '037006\u0000',
  'ABCDEF00A00A000A',
] as const;

/** A huge string (still under the 2 MiB request limit when a few are sent). */
export const hugeString = (n = 100_000) => 'x'.repeat(n);

const hostileString = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => hugeString(n)) },
);
const hostileInt = fc.oneof(fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 999_999_999), fc.integer());
const hostileFloat = fc.oneof(
  fc.constantFrom(0, -0, -1, 1e308, -1e308, 5e-324, 0.1 + 0.2, 3.255),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const hostileId = (valid: string | undefined) =>
  fc.oneof(
    fc.constant(valid ?? '00000000-0000-4000-8000-000000000000'),
    fc.uuid(),
    fc.constantFrom('not-a-uuid', "1' OR '1'='1", '', '0', '-1', '00000000-0000-0000-0000-000000000000', '../x'),
    hostileString,
  );
const hostileDateTime = fc.oneof(
  fc.constantFrom(
    '2026-06-01T09:00:00Z',
    '2026-02-30T00:00:00Z',
    'yesterday',
    '',
    '0000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00.000Z',
    '1970-01-01T00:00:00Z',
  ),
  hostileString,
);
/** Deeply nested JSON (a stack-depth attack on anything that walks it). */
export const deepJson = (depth: number): Record<string, unknown> => {
  let v: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};
const hostileJson = fc.oneof(
  fc.constant({}),
  fc.constant(deepJson(2_000)),
  fc.constant(JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}') as Record<string, unknown>),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 3 })),
);
/** A value of the wrong JSON type for whatever is expected. */
const wrongType = fc.constantFrom<unknown>(42, true, 'string', [], [[['x']]], { nested: { deeper: [1, 2] } }, -1.5);

/** An arbitrary for a value of `type`: mostly plausible, often hostile, sometimes the wrong type. */
export function hostileValue(type: GraphQLInputType, name: string, fieldName: string, ids: DemoIds, depth = 0): fc.Arbitrary<unknown> {
  const plausible = fc.constant(inputValue(type, name, fieldName, ids));
  if (isNonNullType(type)) return hostileValue(type.ofType, name, fieldName, ids, depth);
  const wrapped = (a: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 3, arbitrary: a }, { weight: 2, arbitrary: plausible }, { weight: 1, arbitrary: wrongType });
  if (isListType(type)) {
    const item = hostileValue(type.ofType, name, fieldName, ids, depth + 1);
    return wrapped(
      fc.oneof(
        { weight: 4, arbitrary: fc.array(item, { maxLength: 3 }) },
        { weight: 1, arbitrary: item.map((v) => Array.from({ length: 2_000 }, () => v)) },
      ),
    );
  }
  if (isEnumType(type))
    return wrapped(
      fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.value as unknown)), fc.constantFrom('NOT_A_VALUE', 'admin', '')),
    );
  if (isInputObjectType(type)) {
    if (depth > 3) return plausible;
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) record[f.name] = hostileValue(f.type, f.name, fieldName, ids, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    return wrapped(fc.record(record, { requiredKeys: required as never[] }));
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return wrapped(hostileId(ids[name]));
    case 'Int':
      return wrapped(hostileInt);
    case 'Float':
      return wrapped(hostileFloat);
    case 'Boolean':
      return wrapped(fc.boolean());
    case 'DateTimeISO':
      return wrapped(hostileDateTime);
    case 'JSONObject':
      return wrapped(hostileJson);
    default:
      return wrapped(hostileString);
  }
}

/** Hostile variables for every argument of a field (required ones always present). */
export function hostileArguments(fieldName: string, args: readonly GraphQLArgument[], ids: DemoIds): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of args) record[a.name] = hostileValue(a.type, a.name, fieldName, ids);
  const required = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
  return fc.record(record, { requiredKeys: required as never[] });
}
