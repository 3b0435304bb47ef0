import { ApolloServer } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CALLER_HEADER, signCaller, type Caller } from '@ixl/auth';
import type { Agent } from 'node:http';
import { post } from './load.js';

process.env.APOLLO_TELEMETRY_DISABLED ??= 'true'; // no usage reporting to Apollo from the benchmark either

export interface CapturedFetch {
  service: string;
  body: string;
  start: number;
  end: number;
}

/**
 * Runs `query` once through a recording gateway and returns the subgraph fetches of its query plan,
 * grouped in the order they must run (a group's fetches ran in parallel).
 */
export async function captureFetches(
  supergraphSdl: string,
  subgraphUrls: Record<string, string>,
  internalSecret: string,
  caller: Caller,
  query: string,
  variables: Record<string, unknown>,
): Promise<CapturedFetch[][]> {
  const fetches: CapturedFetch[] = [];
  class Recording extends RemoteGraphQLDataSource {
    constructor(private readonly service: string) {
      // The caller header is bound to the body it is sent with: signed where the body is known.
      const signing = (url: string, init: RequestInit = {}) => {
        const headers = new Headers(init.headers);
        const body = typeof init.body === 'string' ? init.body : '';
        headers.set(
          CALLER_HEADER,
          signCaller(caller, internalSecret, { method: init.method ?? 'POST', path: new URL(url).pathname, body }),
        );
        return fetch(url, { ...init, headers });
      };
      super({ url: subgraphUrls[service], fetcher: signing as unknown as RemoteGraphQLDataSource['fetcher'] });
    }
    override async process(options: GraphQLDataSourceProcessOptions) {
      const start = performance.now();
      const result = await super.process(options);
      fetches.push({
        service: this.service,
        body: JSON.stringify({ query: options.request.query, variables: options.request.variables ?? {} }),
        start,
        end: performance.now(),
      });
      return result;
    }
  }
  const gateway = new ApolloGateway({ supergraphSdl, buildService: ({ name }) => new Recording(name) });
  const server = new ApolloServer({ gateway });
  await server.start();
  try {
    const response = await server.executeOperation({ query, variables }, { contextValue: { caller } });
    if (response.body.kind !== 'single' || response.body.singleResult.errors)
      throw new Error(`capture failed: ${JSON.stringify(response.body)}`);
  } finally {
    await server.stop();
  }
  fetches.sort((a, b) => a.start - b.start);
  const groups: CapturedFetch[][] = [];
  let groupEnd = -Infinity;
  for (const f of fetches) {
    const current = groups[groups.length - 1];
    if (current && f.start < groupEnd) current.push(f);
    else groups.push([f]);
    groupEnd = Math.max(...(groups[groups.length - 1] ?? []).map((x) => x.end));
  }
  return groups;
}

/** Replays captured fetches against the subgraphs directly (parallel within a group, groups in order). */
export function directOperation(
  groups: CapturedFetch[][],
  subgraphUrls: Record<string, string>,
  internalSecret: string,
  caller: Caller | ((worker: number) => Caller),
) {
  return async (agent: Agent, worker = 0): Promise<boolean> => {
    const who = typeof caller === 'function' ? caller(worker) : caller;
    const headersFor = (f: CapturedFetch) => ({
      [CALLER_HEADER]: signCaller(who, internalSecret, {
        method: 'POST',
        path: new URL(subgraphUrls[f.service] ?? '').pathname,
        body: f.body,
      }),
    });
    for (const group of groups) {
      const results = await Promise.all(
        group.map((f) => post({ url: subgraphUrls[f.service] ?? '', body: f.body, headers: headersFor(f) }, agent)),
      );
      if (!results.every((r) => r.ok)) return false;
    }
    return true;
  };
}
