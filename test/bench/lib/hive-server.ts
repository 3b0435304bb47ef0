// Not in the root typecheck (tsconfig.json excludes it): Hive Gateway's typings augment graphql-js and fetch
// types globally and would clash with Apollo's. Run only by the benchmark, through tsx.
// Serves the committed supergraph with Hive Gateway (@graphql-hive/gateway), for the benchmark only.
// argv: port, JSON of subgraph name → URL. The client names its caller in `x-bench-caller` (JSON); like our
// gateway, Hive signs the caller header for each subgraph request it sends, bound to that request's method,
// path and body (issue 18: subgraphs refuse a header signed for another body), with IXL_INTERNAL_SECRET.
import { createServer } from 'node:http';
import { signCaller, type Caller } from '@ixl/auth';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway';

const [port, urlsJson] = process.argv.slice(2);
const secret = process.env.IXL_INTERNAL_SECRET ?? '';
if (!secret) throw new Error('IXL_INTERNAL_SECRET is required');
const urls = JSON.parse(urlsJson ?? '{}') as Record<string, string>;
let supergraph = readFileSync(join(import.meta.dirname, '../../../gateway/supergraph.graphql'), 'utf8');
for (const [name, url] of Object.entries(urls)) supergraph = supergraph.replaceAll(`http://${name}.ixl.internal/graphql`, url);

const gateway = createGatewayRuntime({
  supergraph,
  logging: false,
  graphqlEndpoint: '/graphql',
  // The caller travels to the subgraphs too (they ignore the header): Hive deduplicates identical subgraph calls in
  // flight by their headers, and must not merge two callers' calls (ours merges only one caller identity's).
  propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ 'x-bench-caller': request.headers.get('x-bench-caller') ?? '' }) },
  plugins: () => [
    {
      onFetch({ url, options, setOptions, context }) {
        const request = (context as { request?: Request }).request;
        const callerJson = request?.headers.get('x-bench-caller');
        if (!callerJson) return;
        const caller = JSON.parse(callerJson) as Caller;
        const body = typeof options.body === 'string' ? options.body : '';
        const target = new URL(url);
        const signed = signCaller(caller, secret, { method: options.method ?? 'POST', path: target.pathname + target.search, body });
        setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), 'x-ixl-caller': signed } });
      },
    },
  ],
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
createServer(gateway).listen(Number(port), '127.0.0.1', () => console.log('READY'));
