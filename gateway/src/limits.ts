import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { apiError } from './errors.js';

const LIST_ARGS = ['first', 'last', 'limit'];
const DEFAULT_LIST_SIZE = 20;

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

interface Measure {
  depth: number;
  cost: number;
}

/**
 * Depth and cost of a selection set: each field costs 1, and a field with a `first`/`limit`
 * argument multiplies the cost of what it selects by that size (default 20 for lists we can't size).
 */
export function measure(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen: Set<string>,
): Measure {
  let depth = 0;
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      if (!sel.selectionSet) {
        cost += 1;
        depth = Math.max(depth, 1);
        continue;
      }
      const inner = measure(sel.selectionSet, fragments, variables, seen);
      const sizeArg = sel.arguments?.find((a) => LIST_ARGS.includes(a.name.value));
      const size = sizeArg ? (intValue(sizeArg.value, variables) ?? DEFAULT_LIST_SIZE) : 1;
      cost += 1 + size * inner.cost;
      depth = Math.max(depth, 1 + inner.depth);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const inner = measure(sel.selectionSet, fragments, variables, seen);
      cost += inner.cost;
      depth = Math.max(depth, inner.depth);
    } else {
      const name = sel.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue; // cycles are reported by the standard rules
      const inner = measure(fragment.selectionSet, fragments, variables, new Set([...seen, name]));
      cost += inner.cost;
      depth = Math.max(depth, inner.depth);
    }
  }
  return { depth, cost };
}

/** Apollo Server plugin refusing operations deeper than `maxDepth` or costlier than `maxCost` (variables included). */
export function complexityLimitPlugin(maxDepth: number, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operation }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const { depth, cost } = measure(operation.selectionSet, fragments, request.variables ?? {}, new Set());
          if (depth > maxDepth) {
            throw apiError('QUERY_TOO_DEEP', { depth, maxDepth }, { depth, limit: maxDepth, http: { status: 400 } });
          }
          if (cost > maxCost) {
            throw apiError('QUERY_TOO_COSTLY', { cost, maxCost }, { cost, limit: maxCost, http: { status: 400 } });
          }
        },
      };
    },
  };
}
