import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { apiError } from './errors.js';

/** Arguments that size a list (a page). */
export const PAGE_SIZE_ARGS = ['first', 'last', 'limit'];
/** Largest page any field serves (the subgraphs refuse more; the audit log and ledger allow 1000). */
export const MAX_PAGE_SIZE = 1000;
/** What a list without a page-size argument is assumed to hold (a person's placements, a course's sessions…). */
export const UNSIZED_LIST_SIZE = 10;

/**
 * The gateway's limits on one operation (issue 18, finding 4). Chosen so that the most expensive
 * request an anonymous caller can send is answered in well under 1 s on the 2-core reference machine
 * (`test/security/query-limits.int.spec.ts` and the `hostile` bench scenario measure it).
 */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** Aliases in the operation, fragments included. */
  maxAliases: number;
  /** Directives in the operation, fragments included. */
  maxDirectives: number;
  /** Lexical tokens of the whole document (parsing stops there). */
  maxTokens: number;
}

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.NULL) return null;
  return undefined;
}

interface Measure {
  depth: number;
  cost: number;
}

function badPageSize(fieldName: string, argName: string, value: unknown): GraphQLError {
  return apiError(
    'PAGE_SIZE_OUT_OF_RANGE',
    { argument: argName, fieldName, min: 1, max: MAX_PAGE_SIZE, value: String(value) },
    { field: argName, argument: `${fieldName}.${argName}`, min: 1, max: MAX_PAGE_SIZE, http: { status: 400 } },
  );
}

// Duck typing, not graphql's isObjectType/isListType: @apollo/gateway builds the schema with graphql's
// CommonJS build, and its instanceof checks fail across the two builds ("from another module or realm").
function fieldOf(type: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  const withFields = type as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined;
  return typeof withFields?.getFields === 'function' ? withFields.getFields()[name] : undefined;
}

/** `[T]`, `[T]!`, `[T!]!`: a list (printed types are unambiguous). */
const isList = (type: GraphQLOutputType): boolean => String(type).replace(/!$/, '').startsWith('[');

function namedType(type: GraphQLOutputType): GraphQLNamedType {
  let t: unknown = type;
  while (t && typeof t === 'object' && 'ofType' in t && (t as { ofType: unknown }).ofType) t = (t as { ofType: unknown }).ofType;
  return t as GraphQLNamedType;
}

/**
 * Depth and cost of a selection set against the schema: each field costs 1; a field with a page size
 * (`first`/`last`/`limit`, given or the argument's default) multiplies what it selects by that size; a list
 * field without one multiplies by UNSIZED_LIST_SIZE, unless it is the page of a sized parent (`nodes`).
 * A page size below 1 or over MAX_PAGE_SIZE is refused with BAD_USER_INPUT naming the argument.
 */
export function measure(
  set: SelectionSetNode,
  parentType: GraphQLNamedType | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  schema: GraphQLSchema | undefined,
  parentSized = false,
  seen: Set<string> = new Set(),
): Measure {
  let depth = 0;
  let cost = 0;
  const typeNamed = (name: string | undefined) => (name && schema ? schema.getType(name) : undefined) ?? parentType;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const name = sel.name.value;
      if (name.startsWith('__')) continue;
      const def = fieldOf(parentType, name);
      let size: number | undefined;
      for (const argName of PAGE_SIZE_ARGS) {
        const given = sel.arguments?.find((a) => a.name.value === argName);
        const declared = def?.args.find((a) => a.name === argName);
        if (!given && !declared) continue;
        // A variable the request leaves out means the argument is absent: its declared default applies.
        const absentVariable = given?.value.kind === Kind.VARIABLE && !(given.value.name.value in variables);
        const value = given && !absentVariable ? intValue(given.value, variables) : declared?.defaultValue;
        if (value === undefined || value === null) {
          if (given && !absentVariable) size = Math.max(size ?? 0, MAX_PAGE_SIZE); // unknown: the largest page it may be
          continue;
        }
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE)
          throw badPageSize(name, argName, value);
        size = Math.max(size ?? 0, value);
      }
      if (!sel.selectionSet) {
        cost += 1;
        depth = Math.max(depth, 1);
        continue;
      }
      const list = def ? isList(def.type) : false;
      const multiplier = size ?? (list && !parentSized ? UNSIZED_LIST_SIZE : 1);
      const inner = measure(
        sel.selectionSet,
        def ? namedType(def.type) : undefined,
        fragments,
        variables,
        schema,
        size !== undefined,
        seen,
      );
      cost += 1 + multiplier * inner.cost;
      depth = Math.max(depth, 1 + inner.depth);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const inner = measure(sel.selectionSet, typeNamed(sel.typeCondition?.name.value), fragments, variables, schema, parentSized, seen);
      cost += inner.cost;
      depth = Math.max(depth, inner.depth);
    } else {
      const fragmentName = sel.name.value;
      const fragment = fragments[fragmentName];
      if (!fragment || seen.has(fragmentName)) continue; // cycles are reported by the standard rules
      const inner = measure(
        fragment.selectionSet,
        typeNamed(fragment.typeCondition.name.value),
        fragments,
        variables,
        schema,
        parentSized,
        new Set([...seen, fragmentName]),
      );
      cost += inner.cost;
      depth = Math.max(depth, inner.depth);
    }
  }
  return { depth, cost };
}

/**
 * Root fields that check a password (scrypt, about 0.8 s of CPU each): at most one per operation, however
 * written (aliases, inline and named fragments), so one request cannot make the server hash 30 times.
 */
export const ONCE_PER_OPERATION = ['login', 'registerBeneficiary'];

/** How often each root field is selected, fragments resolved. */
export function rootFieldCounts(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (other: Map<string, number>) => {
    for (const [k, n] of other) counts.set(k, (counts.get(k) ?? 0) + n);
  };
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) counts.set(sel.name.value, (counts.get(sel.name.value) ?? 0) + 1);
    else if (sel.kind === Kind.INLINE_FRAGMENT) add(rootFieldCounts(sel.selectionSet, fragments, seen));
    else {
      const fragment = fragments[sel.name.value];
      if (fragment && !seen.has(sel.name.value)) add(rootFieldCounts(fragment.selectionSet, fragments, new Set([...seen, sel.name.value])));
    }
  }
  return counts;
}

/** BAD_USER_INPUT when a field of ONCE_PER_OPERATION is selected more than once. */
export function checkOncePerOperation(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): void {
  const counts = rootFieldCounts(set, fragments);
  for (const name of ONCE_PER_OPERATION) {
    const n = counts.get(name) ?? 0;
    if (n > 1) throw apiError('ONCE_PER_OPERATION', { fieldName: name, count: n }, { field: name, count: n, http: { status: 400 } });
  }
}

/** What `measure` answered per schema and operation, by the values of the variables it read (at most MEASURES_PER_OPERATION). */
const measured = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, { read: string[]; answers: Map<string, Measure> }>>();
const MEASURES_PER_OPERATION = 64;

/**
 * `measure` of an operation's root selection, remembered: Apollo Server hands the same parsed document to
 * every request with the same text, and a portal sends the same few operations all day. Only the page-size
 * variables change the answer, so the first measure records the variables it reads (present or not, and
 * their values) and the answer is kept by those values. A refusal (a page size out of range) is not kept.
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  schema: GraphQLSchema,
): Measure {
  let bySchema = measured.get(schema);
  if (!bySchema) measured.set(schema, (bySchema = new WeakMap()));
  const known = bySchema.get(operation);
  const keyOf = (read: string[]) => JSON.stringify(read.map((name) => (name in variables ? [variables[name]] : [])));
  const root = schema.getRootType(operation.operation) ?? undefined;
  if (known) {
    const key = keyOf(known.read);
    const answer = known.answers.get(key);
    if (answer) return answer;
    const fresh = measure(operation.selectionSet, root, fragments, variables, schema);
    if (known.answers.size < MEASURES_PER_OPERATION) known.answers.set(key, fresh);
    return fresh;
  }
  const read = new Set<string>();
  const recording = new Proxy(variables, {
    get: (target, name) => (typeof name === 'string' && read.add(name), Reflect.get(target, name) as unknown),
    has: (target, name) => (typeof name === 'string' && read.add(name), Reflect.has(target, name)),
  });
  const answer = measure(operation.selectionSet, root, fragments, recording, schema);
  const names = [...read].sort();
  bySchema.set(operation, { read: names, answers: new Map([[keyOf(names), answer]]) });
  return answer;
}

/** Apollo Server plugin refusing operations deeper than `maxDepth` or costlier than `maxCost` (variables included). */
export function complexityLimitPlugin(maxDepth: number, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operation, schema }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          if (operation.operation === 'mutation') checkOncePerOperation(operation.selectionSet, fragments);
          const { depth, cost } = measureOperation(operation, fragments, request.variables ?? {}, schema);
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

/** The reason and limit travel in `extensions` (Apollo Server gives validation errors GRAPHQL_VALIDATION_FAILED). */
const rejectWith =
  (reason: 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES', limit: number): GraphQLArmorRejectCallback =>
  (ctx) =>
    ctx?.reportError(apiError(reason, { limit }, { limit }));

/** graphql-armor's alias and directive limits as validation rules (fragments counted where they are spread). */
export function armorValidationRules(limits: Pick<QueryLimits, 'maxAliases' | 'maxDirectives'>): ValidationRule[] {
  return [
    maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [rejectWith('TOO_MANY_ALIASES', limits.maxAliases)] }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [rejectWith('TOO_MANY_DIRECTIVES', limits.maxDirectives)],
    }),
  ] as ValidationRule[];
}
