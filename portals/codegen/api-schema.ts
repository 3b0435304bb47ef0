import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Supergraph, printSchema as printFederationSchema } from '@apollo/federation-internals';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const SUPERGRAPH_PATH = join(repoRoot, 'gateway/supergraph.graphql');
export const API_SCHEMA_PATH = join(repoRoot, 'portals/api-schema.graphql');

/**
 * The schema clients see: the committed supergraph without federation/join directives and
 * inaccessible elements (what the gateway serves), printed in a stable order.
 */
export function printApiSchema(supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8')): string {
  // Printed and re-parsed: federation-internals may load another copy of graphql-js than ours.
  const api = buildSchema(printFederationSchema(Supergraph.build(supergraphSdl).apiSchema()));
  return `# Generated from gateway/supergraph.graphql by \`npm run codegen\`: do not edit.\n${printSchema(lexicographicSortSchema(api))}\n`;
}
