/**
 * `npm run codegen`: prints the API schema of the committed supergraph to portals/api-schema.graphql,
 * then writes the typed `graphql()` of each portal (and of @ixl/portal-client) into its `gql/` folder.
 * portals/test/codegen.spec.ts fails when either is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { API_SCHEMA_PATH, printApiSchema, repoRoot } from './api-schema.js';
import { generateTypes } from './generate.js';

writeFileSync(API_SCHEMA_PATH, printApiSchema());
const files = await generateTypes();
for (const f of files) {
  mkdirSync(dirname(f.path), { recursive: true });
  writeFileSync(f.path, f.content);
}
console.log(`API schema and ${files.length} generated files written under ${repoRoot}`);
