import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { apiError } from './errors.js';

/**
 * No text value may contain a NUL character: PostgreSQL cannot store it in any text column or compare it
 * in a search, and the subgraphs used to answer INTERNAL_SERVER_ERROR (issue 18, finding 7). Checked once
 * for the whole API, on the document's string literals and on every variable: BAD_USER_INPUT naming the
 * argument (or the variable's path), before any subgraph is called.
 */
export function findNulByte(document: DocumentNode, variables: Record<string, unknown>): string | undefined {
  let found = literalsChecked.get(document);
  if (found === undefined) literalsChecked.set(document, (found = nulInLiterals(document) ?? null));
  if (found) return found;
  return nulInVariables(variables);
}

/**
 * The document's part of the answer, per parsed document: Apollo Server hands the same (immutable) parsed
 * document to every request with the same text, so its literals are walked once (null: none has a NUL).
 */
const literalsChecked = new WeakMap<DocumentNode, string | null>();

function nulInLiterals(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found || !node.value.includes('\0')) return;
      // The argument and input fields around the literal, e.g. `filter.search`.
      const names = [...ancestors, parent]
        .filter((a): a is ASTNode & { name: { value: string } } => {
          const kind = a && !Array.isArray(a) ? (a as ASTNode).kind : undefined;
          return kind === Kind.ARGUMENT || kind === Kind.OBJECT_FIELD;
        })
        .map((a) => a.name.value);
      found = names.join('.') || 'query';
    },
  });
  return found;
}

function nulInVariables(variables: Record<string, unknown>): string | undefined {
  const walk = (value: unknown, path: string): string | undefined => {
    if (typeof value === 'string') return value.includes('\0') ? path : undefined;
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) {
        const hit = walk(v, `${path}.${i}`);
        if (hit) return hit;
      }
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const hit = walk(v, `${path}.${k}`);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  for (const [name, value] of Object.entries(variables)) {
    const hit = walk(value, name);
    if (hit) return hit;
  }
  return undefined;
}

export function inputHygienePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const field = findNulByte(document, request.variables ?? {});
          if (field) throw apiError('NUL_CHARACTER', { field }, { field, http: { status: 400 } });
        },
      };
    },
  };
}
