// Not in the root typecheck (tsconfig.json excludes it): Hive Gateway's typings augment graphql-js and fetch
// types globally and would clash with Apollo's. Run only by the benchmark, through tsx.
// Serves the committed supergraph with Hive Gateway (@graphql-hive/gateway), for the benchmark only.
// argv: port, JSON of subgraph name → URL. The signed caller header the benchmark sends is forwarded.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway';

const [port, urlsJson] = process.argv.slice(2);
const urls = JSON.parse(urlsJson ?? '{}') as Record<string, string>;
let supergraph = readFileSync(join(import.meta.dirname, '../../../gateway/supergraph.graphql'), 'utf8');
for (const [name, url] of Object.entries(urls)) supergraph = supergraph.replaceAll(`http://${name}.ixl.internal/graphql`, url);

const gateway = createGatewayRuntime({
  supergraph,
  logging: false,
  graphqlEndpoint: '/graphql',
  propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ 'x-ixl-caller': request.headers.get('x-ixl-caller') ?? '' }) },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
createServer(gateway).listen(Number(port), '127.0.0.1', () => console.log('READY'));
