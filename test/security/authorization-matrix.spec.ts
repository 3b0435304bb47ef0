import { describe, expect, it } from 'vitest';
import { isInterfaceType, isObjectType } from 'graphql';
import { MATRIX_FILE, NOT_PERSONAL, PERSONAL_DATA, PERSONAL_FIELD_PATTERN, ROLES, ROOT_RULES } from './authorization-matrix.js';
import { loadApiSchema, ROOTS, rootFields } from './support/operations.js';

/**
 * The matrix covers the whole composed API. When this fails after you added a field, add its rule to
 * test/security/authorization-matrix.ts (the message says which table); the integration test
 * authorization.int.spec.ts then proves it against the running stack.
 */
const schema = loadApiSchema();
const TABLE = { Query: 'QUERY_RULES', Mutation: 'MUTATION_RULES', Subscription: 'SUBSCRIPTION_RULES' } as const;

describe('authorisation matrix covers the composed API schema (portals/api-schema.graphql)', () => {
  it('has a rule for every Query, Mutation and Subscription field', () => {
    const missing = rootFields(schema)
      .filter(({ root, name }) => !ROOT_RULES[root][name])
      .map(({ root, name }) => `${root}.${name} has no authorisation rule: add "${name}: <rule>" to ${TABLE[root]} in ${MATRIX_FILE}`);
    expect(missing).toEqual([]);
  });

  it('has no rule for a root field that no longer exists', () => {
    const stale = ROOTS.flatMap((root) =>
      Object.keys(ROOT_RULES[root])
        .filter((name) => !rootFields(schema).some((f) => f.root === root && f.name === name))
        .map((name) => `${root}.${name}: remove it from ${TABLE[root]} in ${MATRIX_FILE}`),
    );
    expect(stale).toEqual([]);
  });

  it('gives every rule a decision for each of the 7 roles', () => {
    for (const rules of [...Object.values(ROOT_RULES), ...Object.values(PERSONAL_DATA).map((t) => t.personal)]) {
      for (const [name, r] of Object.entries(rules)) expect(Object.keys(r).sort(), name).toEqual([...ROLES].sort());
    }
  });

  it('classifies every field of the types holding personal data, and every personal-looking field elsewhere', () => {
    const problems: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type)) || (ROOTS as readonly string[]).includes(type.name))
        continue;
      const fields = Object.keys(type.getFields());
      const declared = PERSONAL_DATA[type.name];
      if (declared) {
        for (const f of fields) {
          if (!declared.personal[f] && !declared.other.includes(f))
            problems.push(
              `${type.name}.${f} is not classified: add it to PERSONAL_DATA.${type.name}.personal (with who may read it) or .other in ${MATRIX_FILE}`,
            );
        }
        for (const f of [...Object.keys(declared.personal), ...declared.other])
          if (!fields.includes(f))
            problems.push(`${type.name}.${f} no longer exists: remove it from PERSONAL_DATA.${type.name} in ${MATRIX_FILE}`);
      } else {
        for (const f of fields) {
          if (PERSONAL_FIELD_PATTERN.test(f) && !NOT_PERSONAL[type.name]?.includes(f)) {
            problems.push(
              `${type.name}.${f} looks like personal data: add a rule in PERSONAL_DATA.${type.name} (who may read it) or list it in NOT_PERSONAL.${type.name} in ${MATRIX_FILE}`,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps personal-data types that no longer exist out of the table', () => {
    const gone = [...Object.keys(PERSONAL_DATA), ...Object.keys(NOT_PERSONAL)].filter((t) => !schema.getType(t));
    expect(gone).toEqual([]);
  });
});
