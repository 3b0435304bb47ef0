import { CALLER_HEADER, signCaller, type Caller } from '@ixl/auth';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * POSTs one operation to a GraphQL endpoint, as a portal would; `signAs` calls a subgraph directly, as the
 * gateway does: the caller header signed for this request (method, path, body).
 */
export async function graphqlRequest<T = Record<string, unknown>>(
  url: string,
  query: string,
  options: {
    token?: string;
    variables?: Record<string, unknown>;
    headers?: Record<string, string>;
    signAs?: { caller: Caller; internalSecret: string };
  } = {},
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables: options.variables ?? {} });
  const target = new URL(url);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.signAs
        ? {
            [CALLER_HEADER]: signCaller(options.signAs.caller, options.signAs.internalSecret, {
              method: 'POST',
              path: target.pathname + target.search,
              body,
            }),
          }
        : {}),
      ...options.headers,
    },
    body,
  });
  const text = await res.text();
  let answer: { data?: T | null; errors?: GraphQLResponse['errors'] } = {};
  try {
    answer = JSON.parse(text);
  } catch {
    throw new Error(`Non-JSON response (${res.status}): ${text.slice(0, 200)}`);
  }
  return { status: res.status, ...answer };
}

/** The codes of a response's errors, for assertions. */
export const errorCodes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
