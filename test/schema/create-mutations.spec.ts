import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MUTATION_RULES, ruleFor } from '../reliability/support/create-mutations.js';

/** Issue 28: every mutation says what keeps a repeat from counting twice, and the constraints it names exist. */
const root = resolve(import.meta.dirname, '../..');
const supergraph = buildSchema(readFileSync(join(root, 'gateway/supergraph.graphql'), 'utf8'));
const mutations = Object.keys(supergraph.getMutationType()?.getFields() ?? {}).sort();

const migrationSql = readdirSync(join(root, 'subgraphs'))
  .flatMap((subgraph) => {
    const dir = join(root, 'subgraphs', subgraph, 'src', 'migrations');
    try {
      return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    } catch {
      return [];
    }
  })
  .join('\n');

describe('repeats of every mutation (issue 28)', () => {
  it('every mutation of the API is classified (natural key, Idempotency-Key only, or a move), and nothing stale', () => {
    expect(mutations.filter((m) => !ruleFor(m))).toEqual([]);
    expect(Object.keys(MUTATION_RULES).filter((m) => !mutations.includes(m))).toEqual([]);
  });

  it('every constraint a natural rule names is created by a migration', () => {
    const named = Object.values(MUTATION_RULES).flatMap((r) =>
      [...('rule' in r ? r.rule : r.why).matchAll(/\b([a-z_]+_(?:unique|no_overlap))\b/g)].map((m) => m[1]!),
    );
    expect(named.length).toBeGreaterThan(20);
    expect([...new Set(named)].filter((c) => !migrationSql.includes(`"${c}"`) && !migrationSql.includes(c))).toEqual([]);
  });

  it('a key-only mutation says why it has no natural key', () => {
    for (const [name, rule] of Object.entries(MUTATION_RULES)) if (rule.kind === 'key') expect(rule.why.length, name).toBeGreaterThan(20);
  });
});
