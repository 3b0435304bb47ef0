import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { post, runLoad } from '../lib/load.js';
import { mergeResults, type LoadResult } from '../lib/stats.js';
import { root, startScript } from '../lib/stack-process.js';

export interface TracingRow {
  concurrency: number;
  variant: 'tracing off' | 'tracing on (OTLP export)';
  result: LoadResult;
}

/**
 * The cost of tracing at the gateway: two gateway processes in front of the same subgraphs, one started as
 * in production without a collector (tracing off: no SDK), one with `--import @ixl/observability/register`
 * and OTEL_EXPORTER_OTLP_ENDPOINT set to a local OTLP/HTTP sink (tracing on: every span made and exported
 * in batches). The same staff query at each concurrency, in off-on-on-off halves.
 */
export async function tracingCost(opts: {
  gatewayEnv: NodeJS.ProcessEnv;
  ports: [number, number];
  query: string;
  variables: Record<string, unknown>;
  token: string;
  concurrencies: number[];
  seconds: number;
}): Promise<{ rows: TracingRow[]; exports: number; exportedBytes: number }> {
  let exports = 0;
  let exportedBytes = 0;
  const sink = createServer((req, res) => {
    req.on('data', (d: Buffer) => (exportedBytes += d.length));
    req.on('end', () => {
      if (req.url === '/v1/traces') exports++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((ok) => sink.listen(0, '127.0.0.1', ok));
  const sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}`;
  // The same log level for both (one 'request served' line per request), so only tracing differs.
  const common = { ...opts.gatewayEnv, HOST: '127.0.0.1', IXL_METRICS_PORT: '0', LOG_LEVEL: 'info' };
  const off = await startScript([join(root, 'gateway/dist/main.js')], { ...common, PORT: String(opts.ports[0]) }, 'gateway ready');
  const on = await startScript(
    ['--import', '@ixl/observability/register', join(root, 'gateway/dist/main.js')],
    {
      ...common,
      PORT: String(opts.ports[1]),
      OTEL_EXPORTER_OTLP_ENDPOINT: sinkUrl,
      OTEL_SERVICE_NAME: 'ixl-gateway-bench',
    },
    'gateway ready',
  ).catch(async (err: unknown) => {
    await off.stop();
    throw err;
  });
  const urlOf = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const body = JSON.stringify({ query: opts.query, variables: opts.variables });
  const headers = { authorization: `Bearer ${opts.token}` };
  const run = (port: number, concurrency: number, seconds: number) =>
    runLoad(async (agent) => (await post({ url: urlOf(port), body, headers }, agent)).ok, concurrency, seconds);
  const rows: TracingRow[] = [];
  try {
    for (const c of opts.concurrencies) {
      const half = opts.seconds / 2;
      const offA = await run(opts.ports[0], c, half);
      const onA = await run(opts.ports[1], c, half);
      const onB = await run(opts.ports[1], c, half);
      const offB = await run(opts.ports[0], c, half);
      rows.push({ concurrency: c, variant: 'tracing off', result: mergeResults(offA, offB) });
      rows.push({ concurrency: c, variant: 'tracing on (OTLP export)', result: mergeResults(onA, onB) });
    }
    // The batch processor exports every 5 s: wait for the last batch.
    await new Promise((r) => setTimeout(r, 6000));
  } finally {
    await on.stop();
    await off.stop();
    await new Promise<void>((ok) => sink.close(() => ok()));
  }
  return { rows, exports, exportedBytes };
}
