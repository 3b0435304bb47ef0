import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_SCHEMA_PATH, printApiSchema, repoRoot } from '../codegen/api-schema.js';
import { generateTypes } from '../codegen/generate.js';

const onDisk = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '(missing)';
  }
};

describe('portal GraphQL types (run `npm run codegen` after changing an operation or the supergraph)', () => {
  it('portals/api-schema.graphql is the API schema of gateway/supergraph.graphql (no federation directives)', () => {
    const printed = printApiSchema();
    expect(printed).not.toMatch(/@join__|@link|join__Graph/);
    expect(printed).toMatch(/type Query \{/);
    expect(onDisk(API_SCHEMA_PATH)).toBe(printed);
  });

  it('the generated gql/ folders and operations.generated.ts match the operations and the schema', async () => {
    const files = await generateTypes();
    expect(files.length).toBeGreaterThanOrEqual(6);
    const stale = files.filter((f) => onDisk(f.path) !== f.content).map((f) => relative(repoRoot, f.path));
    expect(stale).toEqual([]);
  }, 60_000);
});
