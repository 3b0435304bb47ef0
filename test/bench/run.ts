/**
 * `npm run bench`: the performance figures of the platform, measured side by side in one run.
 *   npm run bench -- [--seconds 5] [--only overhead,n1]
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDatabase, startEmbeddedPostgres } from '@ixl/db';
import { verifyAccessToken } from '@ixl/auth';
import { readSupergraph } from '@ixl/gateway';
import { freePort, startStackProcess } from './lib/stack-process.js';
import { post } from './lib/load.js';
import { fmt } from './lib/stats.js';
import { recordRun, table, verdict, type Check } from './lib/report.js';
import { gatewayOverhead, type PortalQuery } from './scenarios/gateway-overhead.js';
import { Agent } from 'node:http';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, only: { type: 'string', default: '' } } });
const seconds = Number(values.seconds);
const only = new Set((values.only ?? '').split(',').filter(Boolean));
const wants = (s: string) => only.size === 0 || only.has(s);

const dataDir = join(tmpdir(), `ixl-bench-pg-${process.pid}`);
const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), ephemeral: true, postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'shared_buffers=512MB'] });
const sections: { title: string; body: string }[] = [];
const checks: Check[] = [];
try {
  await ensureDatabase(pg.adminUrl, 'ixl_bench');
  const secrets = { internalSecret: randomBytes(32).toString('hex'), jwtSecret: randomBytes(32).toString('hex') };
  const stack = await startStackProcess(pg.urlFor('ixl_bench'), secrets);
  try {
    const agent = new Agent({ keepAlive: true });
    const login = async (email: string) => {
      const r = await post({ url: stack.gatewayUrl, body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "demo-password") { token } }` }), headers: {} }, agent);
      const token = (JSON.parse(r.body) as { data: { login: { token: string } } }).data.login.token;
      const check = await verifyAccessToken(token, secrets.jwtSecret);
      if (!check.ok) throw new Error('bad token');
      return { token, caller: check.caller };
    };
    const staff = await login('staff@demo.ixl');

    if (wants('overhead')) {
      const queries: PortalQuery[] = [
        {
          name: 'staff beneficiary list (people+companies+training)',
          query: 'query List($n: Int!) { beneficiaries(first: $n) { totalCount nodes { id firstName lastName municipalityCode placements { type startDate company { name } } enrolments { edition { title trainingBody { name } } } } } }',
          variables: { n: 50 },
          ...staff,
        },
      ];
      const rows = await gatewayOverhead({ queries, gatewayUrl: stack.gatewayUrl, supergraphSdl: readSupergraph(), subgraphUrls: stack.subgraphUrls, internalSecret: secrets.internalSecret, concurrencies: [16, 64], seconds });
      sections.push({
        title: 'Gateway overhead',
        body: table(['query', 'conc.', 'variant', 'req/s', 'p50 ms', 'p99 ms', 'errors'], rows.map((r) => [r.query, r.concurrency, r.variant + (r.fetches ? ` (${r.fetches} fetches)` : ''), fmt(r.result.rps, 0), fmt(r.result.p50), fmt(r.result.p99), r.result.errors])),
      });
      for (const q of queries) {
        for (const c of [16, 64]) {
          const g = rows.find((r) => r.query === q.name && r.concurrency === c && r.variant === 'gateway')?.result;
          const d = rows.find((r) => r.query === q.name && r.concurrency === c && r.variant === 'direct')?.result;
          const h = rows.find((r) => r.query === q.name && r.concurrency === c && r.variant === 'hive')?.result;
          if (g && d) checks.push({ figure: `${q.name} @${c}: gateway p50 / direct p50`, value: fmt(g.p50 / d.p50, 2), target: '≤ 1.30', pass: g.p50 / d.p50 <= 1.3 });
          checks.push(h && g ? { figure: `${q.name} @${c}: gateway req/s / Hive req/s`, value: fmt(g.rps / h.rps, 2), target: '≥ 1.00', pass: g.rps / h.rps >= 1 } : { figure: `${q.name} @${c}: gateway vs Hive Gateway`, value: 'not measured', target: '≥ 1.00', pass: false });
        }
      }
    }
  } finally {
    await stack.stop();
  }
} finally {
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const summary = table(['figure', 'value', 'target', 'verdict'], checks.map((c) => [c.figure, c.value, c.target, verdict(c)]));
sections.unshift({ title: 'Targets', body: summary });
for (const s of sections) console.log(`\n## ${s.title}\n\n${s.body}`);
recordRun(`npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(), sections);
