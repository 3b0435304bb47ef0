import { createRequire } from 'node:module';
import { Kind, type DefinitionNode, type DocumentNode } from 'graphql';

type OperationFromDocument = (schema: object, document: DocumentNode, options?: { operationName?: string; validate?: boolean }) => unknown;

interface Cached {
  fragments: readonly DefinitionNode[];
  operation: unknown;
}

let reused = 0;
/** How many times an operation was reused instead of rebuilt (tests and benchmarks). */
export const reusedOperations = (): number => reused;

let installed = false;

/**
 * @apollo/gateway's executeQueryPlan rebuilds the federation `Operation` of the client's document on every
 * request (`operationFromDocument(apiSchema, { operation, ...fragments }, { validate: false })`: 4 % of the
 * gateway's CPU in a profile, `npm run bench -- --only profile`), though Apollo Server hands it the same
 * parsed document for the same query text (its document cache). This keeps the operation built for that
 * operation node and those fragment nodes, per schema, as long as the document lives (WeakMaps: a document
 * evicted from Apollo Server's cache, or a replaced schema, drops its entry). The operation depends on the
 * document only, not on variables (applied later, in computeResponse), and nothing changes it after it is built.
 *
 * Only that call (validate: false, no operation name, the operation first) is served from here; every
 * other call, like the planner's, builds its own. The function is replaced on the module the gateway
 * reads it from at each call (federation-internals re-exports it through a getter).
 */
export function reuseExecutionOperations(): void {
  if (installed) return;
  const requireFromGateway = createRequire(createRequire(import.meta.url).resolve('@apollo/gateway'));
  const operations = requireFromGateway('@apollo/federation-internals/dist/operations.js') as {
    operationFromDocument: OperationFromDocument;
  };
  const build = operations.operationFromDocument;
  if (typeof build !== 'function') throw new Error('@apollo/federation-internals no longer exports operationFromDocument');
  const bySchema = new WeakMap<object, WeakMap<DefinitionNode, Cached>>();
  operations.operationFromDocument = function operationFromDocument(schema, document, options) {
    const [first, ...fragments] = document.definitions;
    if (options?.validate !== false || options.operationName !== undefined || first?.kind !== Kind.OPERATION_DEFINITION)
      return build(schema, document, options);
    let byNode = bySchema.get(schema);
    if (!byNode) bySchema.set(schema, (byNode = new WeakMap()));
    const cached = byNode.get(first);
    if (cached && cached.fragments.length === fragments.length && cached.fragments.every((f, i) => f === fragments[i])) {
      reused++;
      return cached.operation;
    }
    const operation = build(schema, document, options);
    byNode.set(first, { fragments, operation });
    return operation;
  };
  installed = true;
}
