import 'reflect-metadata';
import { rotateSigningKeys } from '@ixl/auth';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PEOPLE_EVENTS } from '@ixl/contracts';
import { loadConfig, subgraphConfig } from '@ixl/config';
import { SUBGRAPHS, SUBGRAPH_NAMES } from '@ixl/registry';
import { subgraphDefinitions } from '@ixl/testkit';

/** The registry (packages/registry) tells the truth about every subgraph's code. */
const root = resolve(import.meta.dirname, '../..');
const definitions = await subgraphDefinitions();
const supergraph = buildSchema(readFileSync(join(root, 'gateway/supergraph.graphql'), 'utf8'));
const config = loadConfig({
  DATABASE_URL: 'postgres://x@127.0.0.1/ixl',
  IXL_INTERNAL_SECRET: 'i'.repeat(32),
  IXL_JWT_SIGNING_KEYS: rotateSigningKeys(null),
});

describe('the subgraph registry', () => {
  it('has unique lower-case names and unique ports', () => {
    expect(SUBGRAPH_NAMES.length).toBeGreaterThan(0);
    for (const name of SUBGRAPH_NAMES) expect(name).toMatch(/^[a-z][a-z0-9]*$/);
    expect(new Set(SUBGRAPH_NAMES).size).toBe(SUBGRAPHS.length);
    expect(new Set(SUBGRAPHS.map((s) => s.port)).size).toBe(SUBGRAPHS.length);
  });

  it('loads every subgraph package, in registry order, from the definition it exports as `subgraph`', () => {
    expect(definitions.map((d) => d.name)).toEqual(SUBGRAPH_NAMES);
  });

  describe.each(SUBGRAPHS.map((s) => [s.name, s] as const))('%s', (name, entry) => {
    const def = definitions.find((d) => d.name === name);

    it('names its folder, package, SDL file and schema', () => {
      expect(JSON.parse(readFileSync(join(root, entry.dir, 'package.json'), 'utf8')).name).toBe(entry.package);
      expect(existsSync(join(root, entry.dir, 'src/main.ts'))).toBe(true);
      expect(entry.sdl).toBe(`${entry.dir}/schema.graphql`);
      expect(existsSync(join(root, entry.sdl))).toBe(true);
      // The definition's name is the PostgreSQL schema its ORM, migrations and outbox use.
      expect(entry.schema).toBe(def?.name);
    });

    it('adds its GDPR export field to Beneficiary', () => {
      const beneficiary = supergraph.getType('Beneficiary');
      expect(isObjectType(beneficiary) && Object.hasOwn(beneficiary.getFields(), entry.personalData.exportField)).toBe(true);
      expect(readFileSync(join(root, entry.sdl), 'utf8')).toContain(`${entry.personalData.exportField}: JSONObject`);
    });

    it('erases as the registry says', () => {
      if (!def) throw new Error(name);
      const consumers = typeof def.consumers === 'function' ? def.consumers(subgraphConfig(name, config)) : (def.consumers ?? []);
      const onErased = consumers.some((c) => c.source === 'people' && Object.hasOwn(c.handlers, PEOPLE_EVENTS.BeneficiaryErased));
      expect(onErased).toBe(entry.personalData.erasure === 'on-erased-event');
      // Only the owner of the person pseudonymises it (eraseBeneficiary lives there).
      const sdl = readFileSync(join(root, entry.sdl), 'utf8');
      expect(sdl.includes('eraseBeneficiary(')).toBe(entry.personalData.erasure === 'pseudonymise');
    });
  });
});
