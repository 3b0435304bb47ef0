/**
 * `npm run bench`: the platform's performance figures, each measured side by side in one run.
 *   npm run bench -- [--seconds 5] [--only overhead,profile,cores,tracing,n1,matching,fanout,imports,history,startup,dashboard,hostile,lighthouse]
 *                    [--full] [--lighthouse-runs 3] [--subscribers 1000] [--client-processes 2] [--profile-query 0]
 * --full adds the 1M-beneficiary matching point; --lighthouse-runs is how many Lighthouse runs per portal (the median counts). Results are appended to test/bench/RESULTS.md.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import os, { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Agent } from 'node:http';
import pg from 'pg';
import { ensureDatabase, startEmbeddedPostgres } from '@ixl/db';
import { freshPlatformSecrets, issueAccessToken, verifyAccessToken, type Caller } from '@ixl/auth';
import { randomUUID } from 'node:crypto';
import { readSupergraph } from '@ixl/gateway';
import { subgraphVariables } from '@ixl/config';
import { companyId, demoId, editionId, trainingBodyId, vacancyId } from '@ixl/demo-data';
import { freePort, root, rssMiB, startScript, startStackProcess } from './lib/stack-process.js';
import { post } from './lib/load.js';
import { fmt } from './lib/stats.js';
import { recordRun, table, verdict, type Check } from './lib/report.js';
import { gatewayOverhead, type PortalQuery } from './scenarios/gateway-overhead.js';
import { statementsPerRequest } from './scenarios/n-plus-one.js';
import { matchingLatency, matchingPlans } from './scenarios/matching.js';
import { fanOut, type FanOutResult } from './scenarios/fanout.js';
import { dashboardLatency } from './scenarios/dashboard.js';
import { hostileLatency } from './scenarios/hostile.js';
import { loadSyntheticData } from './data/synthetic.js';
import { historyImportBench } from './scenarios/history-import.js';
import { tracingCost } from './scenarios/tracing.js';
import { bothCores, processTree, treeRss } from './scenarios/cores.js';
import { profileGateway, summariseProfile } from './scenarios/gateway-profile.js';
import { profileStack } from './scenarios/stack-profile.js';
import { lighthouseAudit, LIGHTHOUSE_VERSION } from './scenarios/lighthouse.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    only: { type: 'string', default: '' },
    full: { type: 'boolean', default: false },
    subscribers: { type: 'string', default: '1000' },
    'client-processes': { type: 'string', default: '2' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'profile-query': { type: 'string', default: '0' },
  },
});
const seconds = Number(values.seconds);
const only = new Set((values.only ?? '').split(',').filter(Boolean));
const wants = (s: string) => only.size === 0 || only.has(s);

const dataDir = join(tmpdir(), `ixl-bench-pg-${process.pid}`);
const pgServer = await startEmbeddedPostgres({
  dataDir,
  port: await freePort(),
  ephemeral: true,
  postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'shared_buffers=512MB', '-c', 'pg_stat_statements.track=all'],
});
const sections: { title: string; body: string }[] = [];
const checks: Check[] = [];
const database = 'ixl_bench';
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
try {
  await ensureDatabase(pgServer.adminUrl, database);
  const dbUrl = pgServer.urlFor(database);
  const secrets = freshPlatformSecrets();
  // `--only stackprofile`: the stack process opens its inspector (its profile is taken under load, see below).
  const stackInspectPort = only.has('stackprofile') ? await freePort() : undefined;
  const stack = await startStackProcess(dbUrl, secrets, {}, stackInspectPort ? [`--inspect=127.0.0.1:${stackInspectPort}`] : []);
  const idleRss = rssMiB(stack.child.pid);
  const scripts: { stop(): Promise<void> }[] = [];
  try {
    const login = async (email: string) => {
      const r = await post(
        {
          url: stack.gatewayUrl,
          body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "demo-password") { token } }` }),
          headers: {},
        },
        agent,
      );
      const token = (JSON.parse(r.body) as { data: { login: { token: string } } }).data.login.token;
      const check = await verifyAccessToken(token, secrets.jwtPublicKeys);
      if (!check.ok) throw new Error('bad token');
      return { token, caller: check.caller as Caller };
    };
    const gql = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const r = await post(
        { url: stack.gatewayUrl, body: JSON.stringify({ query, variables }), headers: { authorization: `Bearer ${token}` } },
        agent,
      );
      const body = JSON.parse(r.body) as { data?: T; errors?: unknown };
      if (!body.data || body.errors) throw new Error(`${query.slice(0, 60)}: ${r.body.slice(0, 300)}`);
      return body.data;
    };
    const staff = await login('staff@demo.ixl');

    // The overhead and both-cores scenarios' portal queries, with 64 distinct users per role (built once).
    let portalQueriesBuilt: Promise<PortalQuery[]> | undefined;
    const portalQueries = () => (portalQueriesBuilt ??= buildPortalQueries());
    const buildPortalQueries = async (): Promise<PortalQuery[]> => {
      const company = await login('azienda@demo.ixl');
      const body = await login('ente@demo.ixl');
      // 64 distinct users of each role and organisation (tokens signed like the login's, distinct ids).
      const distinct = (of: { caller: Caller }) =>
        Promise.all(
          Array.from({ length: 64 }, async () => {
            const caller: Caller = { ...of.caller, userId: randomUUID() };
            const { token } = await issueAccessToken(
              {
                sub: caller.userId ?? '',
                role: caller.role as Exclude<Caller['role'], 'ANONYMOUS'>,
                beneficiaryId: caller.beneficiaryId ?? null,
                companyId: caller.companyId ?? null,
                trainingBodyId: caller.trainingBodyId ?? null,
              },
              secrets.jwtSigningKeys,
              3600,
            );
            return { caller, token };
          }),
        );
      return [
        {
          name: 'staff beneficiary list (people+companies+training)',
          query:
            'query List($n: Int!) { beneficiaries(first: $n) { totalCount nodes { id firstName lastName municipalityCode placements { type startDate company { name } } enrolments { edition { title trainingBody { name } } } } } }',
          variables: { n: 50 },
          ...staff,
          distinct: await distinct(staff),
        },
        {
          name: "a company's candidates",
          query:
            'query($v: ID!) { vacancyCandidates(vacancyId: $v) { id status firstName initials skills shifts cvAvailable vacancy { title company { name } } } }',
          variables: { v: vacancyId('rekeep-pulizie') },
          ...company,
          distinct: await distinct(company),
        },
        {
          name: "a course edition's KPIs",
          query:
            'query($e: ID!) { courseEdition(id: $e) { title trainingBody { name } kpis { population placements employed permanent placementRate employmentRate permanentRate } } }',
          variables: { e: editionId('oss-2020') },
          ...body,
          distinct: await distinct(body),
        },
      ];
    };

    if (wants('startup')) {
      checks.push({
        figure: 'npm start (built) to ready: launcher → PostgreSQL schemas migrated, demo data, 5 subgraphs, gateway',
        value: `${fmt(stack.startSeconds)} s`,
        target: 'measured',
        pass: null,
      });
      checks.push({
        figure: 'stack RSS idle (5 subgraphs + gateway, one process)',
        value: `${fmt(idleRss, 0)} MiB`,
        target: 'measured',
        pass: null,
      });
    }

    if (wants('lighthouse')) {
      console.error('[bench] lighthouse');
      // The portals' main pages, signed in with each portal's demo account, before any load runs on the machine.
      const origin = new URL(stack.gatewayUrl).origin;
      const portals = [
        { path: 'beneficiario', email: 'beneficiario@demo.ixl', name: 'beneficiary' },
        { path: 'azienda', email: 'azienda@demo.ixl', name: 'company' },
        { path: 'ente', email: 'ente@demo.ixl', name: 'training body' },
        { path: 'comitato', email: 'comitato@demo.ixl', name: 'committee' },
        { path: 'staff', email: 'staff@demo.ixl', name: 'staff' },
      ];
      const runs = Math.max(1, Number(values['lighthouse-runs']));
      const results = await lighthouseAudit(origin, portals, runs);
      sections.push({
        title: `Lighthouse ${LIGHTHOUSE_VERSION} on each portal's main page, signed in (mobile preset, simulated slow 4G and 4× CPU slowdown; Debian Chromium headless; median of ${runs} runs by performance score)`,
        body: table(
          [
            'portal',
            'performance',
            'accessibility',
            'FCP ms',
            'LCP ms',
            'TBT ms',
            'CLS',
            'JS transferred',
            'benchmark index',
            'accessibility failures',
          ],
          results.map((r) => [
            `/${r.path}/`,
            r.performance,
            r.accessibility,
            fmt(r.fcpMs, 0),
            fmt(r.lcpMs, 0),
            fmt(r.tbtMs, 0),
            fmt(r.cls, 3),
            `${fmt(r.scriptBytes / 1024, 1)} KiB`,
            fmt(r.benchmarkIndex, 0),
            r.accessibilityFailures.join('; ') || 'none',
          ]),
        ),
      });
      checks.push(
        ...results.map((r) => ({
          figure: `layout shift (CLS) of /${r.path}/ (mobile)`,
          value: fmt(r.cls, 3) + (r.shifted.length ? ` (moved: ${r.shifted.join(', ')})` : ''),
          target: '≤ 0.02',
          pass: r.cls <= 0.02,
        })),
      );
      for (const r of results) {
        const name = portals.find((p) => p.path === r.path)?.name ?? r.path;
        checks.push({
          figure: `Lighthouse performance, ${name} portal (mobile)`,
          value: String(r.performance),
          target: '≥ 95',
          pass: r.performance >= 95,
        });
        checks.push({
          figure: `Lighthouse accessibility, ${name} portal`,
          value: String(r.accessibility),
          target: '100',
          pass: r.accessibility === 100,
        });
        if (r.path === 'beneficiario') {
          checks.push({
            figure: 'beneficiary portal: largest contentful paint (mobile)',
            value: `${fmt(r.lcpMs / 1000, 2)} s`,
            target: '≤ 2.0 s',
            pass: r.lcpMs <= 2000,
          });
          checks.push({
            figure: 'beneficiary portal: total blocking time (mobile)',
            value: `${fmt(r.tbtMs, 0)} ms`,
            target: '≤ 150 ms',
            pass: r.tbtMs <= 150,
          });
        }
      }
    }

    // Synthetic population (10k first; the matching scenario grows it).
    const t0 = performance.now();
    const counts10k = await loadSyntheticData(dbUrl, { beneficiaries: 10_000 });
    sections.push({
      title: 'Synthetic data',
      body: `10k beneficiaries loaded in ${fmt((performance.now() - t0) / 1000)} s: ${JSON.stringify(counts10k)}`,
    });

    /** The environment of a gateway process in front of the stack's subgraphs (as deployed apart from them). */
    const gatewayEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
      ...process.env,
      ...Object.fromEntries(Object.entries(stack.subgraphUrls).map(([n, u]) => [subgraphVariables(n).URL.name, u])),
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl, // the gateway's idempotency keys
      IXL_INTERNAL_SECRET: secrets.internalSecret,
      IXL_JWT_SIGNING_KEYS: secrets.jwtSigningKeys,
      IXL_JWT_PUBLIC_KEYS: secrets.jwtPublicKeys,
      LOGIN_LIMIT_PER_IP: '1000000',
      ...extra,
    });

    if (wants('tracing')) {
      console.error('[bench] tracing');
      const cost = await tracingCost({
        gatewayEnv: gatewayEnv(),
        ports: [await freePort(), await freePort()],
        query:
          'query List($n: Int!) { beneficiaries(first: $n) { totalCount nodes { id firstName lastName municipalityCode placements { type startDate company { name } } enrolments { edition { title trainingBody { name } } } } } }',
        variables: { n: 50 },
        token: staff.token,
        concurrencies: [16, 64],
        seconds,
      });
      sections.push({
        title: `Tracing cost at the gateway (two gateway processes, same subgraphs; off: no collector set; on: OpenTelemetry SDK, http/undici/graphql/pg instrumentations, OTLP/HTTP export to a local sink; off-on-on-off halves, ${cost.exports} OTLP exports, ${fmt(cost.exportedBytes / 1024, 0)} KiB)`,
        body: table(
          ['query', 'conc.', 'variant', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
          cost.rows.map((r) => [
            'staff beneficiary list (people+companies+training)',
            r.concurrency,
            r.variant,
            fmt(r.result.rps, 0),
            fmt(r.result.p50),
            fmt(r.result.p99),
            r.result.errors,
          ]),
        ),
      });
      for (const c of [16, 64]) {
        const [off, on] = [
          cost.rows.find((r) => r.concurrency === c && r.variant === 'tracing off'),
          cost.rows.find((r) => r.concurrency === c && r.variant !== 'tracing off'),
        ];
        if (off && on)
          checks.push({
            figure: `gateway throughput with tracing on / off @${c} (staff beneficiary list)`,
            value: `${fmt(on.result.rps, 0)} / ${fmt(off.result.rps, 0)} req/s = ${fmt(on.result.rps / off.result.rps, 2)}`,
            target: 'measured',
            pass: null,
          });
      }
    }

    if (wants('overhead')) {
      console.error('[bench] overhead');
      // Our gateway and Hive Gateway each in their own process, in front of the same subgraphs.
      const ports = [await freePort(), await freePort()];
      const ours = await startScript(
        [join(root, 'gateway/dist/main.js')],
        gatewayEnv({ PORT: String(ports[0]), HOST: '127.0.0.1', IXL_METRICS_PORT: '0' }),
        'gateway ready',
      );
      scripts.push(ours);
      let hiveUrl: string | undefined;
      let hivePid: number | undefined;
      try {
        const hive = await startScript(
          ['--import', 'tsx', join(root, 'test/bench/lib/hive-server.ts'), String(ports[1]), JSON.stringify(stack.subgraphUrls)],
          { ...process.env, NODE_ENV: 'production', IXL_INTERNAL_SECRET: secrets.internalSecret },
        );
        scripts.push(hive);
        hivePid = hive.pid;
        hiveUrl = `http://127.0.0.1:${ports[1]}/graphql`;
      } catch (err) {
        sections.push({ title: 'Hive Gateway', body: `could not start: ${String(err).slice(0, 500)}` });
      }
      const queries = await portalQueries();
      const rows = await gatewayOverhead({
        queries,
        gatewayUrl: `http://127.0.0.1:${ports[0]}/graphql`,
        hiveUrl,
        supergraphSdl: readSupergraph(),
        subgraphUrls: stack.subgraphUrls,
        internalSecret: secrets.internalSecret,
        concurrencies: [16, 64],
        seconds,
        pids: { stack: stack.child.pid, gateway: ours.pid, hive: hivePid },
      });
      sections.push({
        title:
          'Gateway overhead (each gateway in its own process; direct / ours / Hive with 64 distinct callers in A-B-C-C-B-A halves, the subgraphs idle before each run)',
        body: table(
          [
            'query',
            'conc.',
            'variant',
            'req/s',
            'p50 ms',
            'p99 ms',
            'errors',
            'gateway CPU ms/req',
            'subgraphs CPU ms/req',
            'subgraphs preempted /req',
          ],
          rows.map((r) => [
            r.query,
            r.concurrency,
            r.variant + (r.fetches ? ` (${r.fetches} fetches)` : ''),
            fmt(r.result.rps, 0),
            fmt(r.result.p50),
            fmt(r.result.p99),
            r.result.errors,
            r.gatewayCpuMsPerRequest === undefined ? '' : fmt(r.gatewayCpuMsPerRequest, 2),
            r.stackCpuMsPerRequest === undefined ? '' : fmt(r.stackCpuMsPerRequest, 2),
            r.stackPreemptionsPerRequest === undefined ? '' : fmt(r.stackPreemptionsPerRequest, 1),
          ]),
        ),
      });
      for (const q of queries) {
        for (const c of [16, 64]) {
          const pick = (v: string) => rows.find((r) => r.query === q.name && r.concurrency === c && r.variant === v)?.result;
          // The targets use the distinct-callers load (real traffic: many people), where our
          // per-caller deduplication of identical in-flight queries cannot help.
          const [g, d, h] = [pick('gateway distinct'), pick('direct'), pick('hive distinct')];
          if (g && d)
            checks.push({
              figure: `${q.name} @${c}: gateway p50 / direct p50 (64 distinct callers)`,
              value: fmt(g.p50 / d.p50, 2),
              target: '≤ 1.25',
              pass: g.p50 / d.p50 <= 1.25,
            });
          checks.push(
            h && g && h.requests > 0 && h.errors === 0
              ? {
                  figure: `${q.name} @${c}: gateway req/s / Hive req/s (64 distinct callers)`,
                  value: fmt(g.rps / h.rps, 2),
                  target: '≥ 1.00',
                  pass: g.rps / h.rps >= 1,
                }
              : {
                  figure: `${q.name} @${c}: gateway vs Hive Gateway`,
                  value: h
                    ? `not measured: Hive answered ${h.requests} ok, ${h.errors} errors`
                    : 'not measured: Hive Gateway did not start',
                  target: '≥ 1.00',
                  pass: false,
                },
          );
          const cpu = (v: string) => rows.find((r) => r.query === q.name && r.concurrency === c && r.variant === v)?.gatewayCpuMsPerRequest;
          const [gc, hc] = [cpu('gateway distinct'), cpu('hive distinct')];
          if (gc !== undefined && hc !== undefined)
            checks.push({
              figure: `${q.name} @${c}: CPU per request, our gateway / Hive Gateway`,
              value: `${fmt(gc, 2)} / ${fmt(hc, 2)} ms = ${fmt(gc / hc, 2)}`,
              target: '≤ 0.80',
              pass: gc / hc <= 0.8,
            });
          for (const v of ['gateway', 'gateway distinct'] as const) {
            const r = pick(v);
            if (r && r.errors)
              checks.push({
                figure: `${q.name} @${c}: errors through our gateway (${v})`,
                value: String(r.errors),
                target: '0',
                pass: false,
              });
          }
        }
      }
      checks.push({ figure: 'stack RSS after the load', value: `${fmt(rssMiB(stack.child.pid), 0)} MiB`, target: 'measured', pass: null });
    }

    if (wants('profile')) {
      console.error('[bench] profile');
      // --profile-query N: which portal query (0 staff list, 1 a company's candidates, 2 a course edition's KPIs).
      const staffList = (await portalQueries())[Number(values['profile-query'])];
      if (!staffList) throw new Error('no portal query');
      const prof = await profileGateway({
        gatewayEnv: gatewayEnv(),
        port: await freePort(),
        inspectPort: await freePort(),
        query: staffList,
        concurrency: 16,
        seconds: Math.max(seconds, 5),
      });
      const pct = (x: number) => `${fmt(x * 100, 1)} %`;
      sections.push({
        title: `Where the gateway's CPU goes: V8 sampling profile (100 µs) of our gateway serving "${staffList.name}" with 16 distinct callers for ${fmt(prof.result.seconds, 0)} s after a warm-up (${fmt(prof.result.rps, 0)} req/s, p50 ${fmt(prof.result.p50)} ms), self time, idle excluded: ${fmt(prof.totalMs, 0)} ms CPU = ${fmt(prof.totalMs / Math.max(1, prof.result.requests - prof.result.errors), 2)} ms per request`,
        body: [
          table(
            ['origin', 'self ms', 'share'],
            prof.byOrigin.map((o) => [o.name, fmt(o.ms, 0), pct(o.share)]),
          ),
          table(
            ['function (origin: file:line)', 'self ms', 'share'],
            prof.topFunctions.map((f) => [f.name.replaceAll('|', '\\|'), fmt(f.ms, 0), pct(f.share)]),
          ),
        ].join('\n\n'),
      });
    }

    // Only when asked for by name (`--only stackprofile`): the stack runs with its inspector open for it.
    if (stackInspectPort) {
      console.error('[bench] stackprofile');
      const port = await freePort();
      const gateway = await startScript(
        [join(root, 'gateway/dist/main.js')],
        gatewayEnv({ PORT: String(port), HOST: '127.0.0.1', IXL_METRICS_PORT: '0' }),
        'gateway ready',
      );
      scripts.push(gateway);
      const pct = (x: number) => `${fmt(x * 100, 1)} %`;
      for (const query of await portalQueries()) {
        for (const concurrency of [16, 64]) {
          console.error(`[bench] stackprofile: ${query.name} @${concurrency}`);
          const rows = await profileStack({
            query,
            gatewayUrl: `http://127.0.0.1:${port}/graphql`,
            supergraphSdl: readSupergraph(),
            subgraphUrls: stack.subgraphUrls,
            internalSecret: secrets.internalSecret,
            concurrency,
            seconds,
            inspectPort: stackInspectPort,
            pids: { stack: stack.child.pid, gateway: gateway.pid },
          });
          const [direct, through] = rows;
          const names = [...new Set(rows.flatMap((r) => r.topFunctions.slice(0, 15).map((f) => f.name)))];
          const msOf = (r: (typeof rows)[number] | undefined, n: string) => r?.topFunctions.find((f) => f.name === n)?.ms ?? 0;
          sections.push({
            title: `The stack (subgraphs) process under "${query.name}" @${concurrency}: the plan's fetches replayed directly vs through our gateway, 64 distinct callers, direct-gateway-gateway-direct halves, V8 sampling profile (100 µs) of the stack through its inspector`,
            body: [
              table(
                ['variant', 'req/s', 'p50 ms', 'stack CPU ms/req', 'gateway CPU ms/req', 'machine busy (2 cores)', 'stack profile ms/req'],
                rows.map((r) => [
                  r.variant,
                  fmt(r.result.rps, 0),
                  fmt(r.result.p50),
                  fmt(r.stackCpuMsPerRequest, 2),
                  r.variant === 'direct' ? '' : fmt(r.gatewayCpuMsPerRequest, 2),
                  pct(r.machineBusy),
                  fmt(r.profileMsPerRequest, 2),
                ]),
              ),
              table(
                ['origin', 'direct ms/req', 'gateway ms/req'],
                [...new Set(rows.flatMap((r) => r.byOrigin.slice(0, 10).map((o) => o.name)))].map((n) => [
                  n,
                  fmt(direct?.byOrigin.find((o) => o.name === n)?.ms ?? 0, 3),
                  fmt(through?.byOrigin.find((o) => o.name === n)?.ms ?? 0, 3),
                ]),
              ),
              table(
                ['function (origin: file:line), self time', 'direct ms/req', 'gateway ms/req'],
                names.map((n) => [n.replaceAll('|', '\\|'), fmt(msOf(direct, n), 3), fmt(msOf(through, n), 3)]),
              ),
            ].join('\n\n'),
          });
        }
      }
      await gateway.stop();
    }

    if (wants('cores')) {
      console.error('[bench] cores');
      // Two more stacks over the same (migrated, seeded) database, started the same way but for the layout;
      // the first stack stays up, idle.
      const layoutEnv = { IXL_DEMO_DATA: 'off' };
      const one = await startStackProcess(dbUrl, secrets, { ...layoutEnv, IXL_PROCESSES: 'one' });
      scripts.push(one);
      const perService = await startStackProcess(dbUrl, secrets, { ...layoutEnv, IXL_PROCESSES: 'per-service' });
      scripts.push(perService);
      await new Promise((r) => setTimeout(r, 3_000)); // consumers' first passes over
      const idle = { one: treeRss(processTree(one.child.pid)), perService: treeRss(processTree(perService.child.pid)) };
      const rows = await bothCores({
        queries: await portalQueries(),
        stacks: { 'one process': one, 'per-service': perService },
        concurrencies: [16, 64],
        seconds,
      });
      sections.push({
        title: `Both cores: one process vs a process per subgraph (IXL_PROCESSES), same database and queries, ${os.cpus().length} cores, distinct callers, A-B-B-A halves; load generator on the same machine`,
        body: [
          table(
            ['layout', 'start to ready (migrated, no demo data)', 'processes', 'RSS idle'],
            [
              ['one process', `${fmt(one.startSeconds)} s`, processTree(one.child.pid).length, `${fmt(idle.one, 0)} MiB`],
              [
                'per-service',
                `${fmt(perService.startSeconds)} s`,
                processTree(perService.child.pid).length,
                `${fmt(idle.perService, 0)} MiB`,
              ],
            ],
          ),
          table(
            ['query', 'conc.', 'layout', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'CPU ms/req (all processes)'],
            rows.map((r) => [
              r.query,
              r.concurrency,
              r.layout,
              fmt(r.result.rps, 0),
              fmt(r.result.p50),
              fmt(r.result.p99),
              r.result.errors,
              fmt(r.cpuMsPerRequest, 2),
            ]),
          ),
        ].join('\n\n'),
      });
      for (const r of rows.filter((x) => x.layout === 'per-service')) {
        const base = rows.find((x) => x.layout === 'one process' && x.query === r.query && x.concurrency === r.concurrency);
        if (!base) continue;
        checks.push({
          figure: `per-service ÷ one process throughput @${r.concurrency} (${r.query})`,
          value: `${fmt(r.result.rps, 0)} / ${fmt(base.result.rps, 0)} req/s = ${fmt(r.result.rps / base.result.rps, 2)}`,
          target: 'measured (default: the faster)',
          pass: null,
        });
      }
      checks.push({
        figure: 'start to ready, per-service vs one process (migrated database, no demo data)',
        value: `${fmt(perService.startSeconds)} s vs ${fmt(one.startSeconds)} s`,
        target: 'measured',
        pass: null,
      });
    }

    if (wants('n1')) {
      console.error('[bench] n1');
      const rows = await statementsPerRequest(pgServer.adminUrl, database, stack.gatewayUrl, staff.token, agent, [10, 100, 500]);
      sections.push({
        title: 'SQL statements per request (staff list with placements and courses)',
        body: table(
          ['list size', 'statements', 'by schema'],
          rows.map((r) => [r.size, r.statements, JSON.stringify(r.bySchema)]),
        ),
      });
      // The count includes background statements of the same moment (event consumers, jobs): what matters
      // is that it does not grow with the list (one statement per subgraph and plan level, not per row).
      const first = rows[0]?.statements ?? 0;
      checks.push({
        figure: 'statements for 10 / 100 / 500 people (does not grow with the list)',
        value: rows.map((r) => r.statements).join(' / '),
        target: 'not growing',
        pass: rows.every((r) => r.statements <= first),
      });
    }

    // matchCandidates: 10k and 100k here; the 1M point (--full) runs after every other scenario, so that its
    // load (and PostgreSQL's vacuum of it) does not slow the others.
    const matchingPoints: { size: number; kind: string; p50: number; p99: number; candidates: number }[] = [];
    const matchingVacancies: { kind: string; id: string }[] = [];
    const measureMatching = async (size: number) => {
      if (size > 10_000) await loadSyntheticData(dbUrl, { beneficiaries: size });
      for (const v of matchingVacancies)
        matchingPoints.push({ size, kind: v.kind, ...(await matchingLatency(stack.gatewayUrl, staff.token, v.id, agent)) });
    };
    if (wants('matching')) {
      console.error('[bench] matching');
      // Three kinds of vacancy, one per path of the ranking: enough people with every required skill (first
      // tier), a rare required skill (second tier: at least one), no required skill (the whole pool).
      const kinds = [
        { kind: 'every required skill', requiredSkills: ['magazzino', 'carrello elevatore'], niceToHaveSkills: ['haccp'] },
        { kind: 'a rare required skill', requiredSkills: ['magazzino', 'picking'], niceToHaveSkills: ['haccp'] },
        { kind: 'no required skill', requiredSkills: [], niceToHaveSkills: ['magazzino'] },
      ];
      for (const k of kinds) {
        const posted = await gql<{ postVacancy: { id: string } }>(
          staff.token,
          'mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id } }',
          {
            i: {
              companyId: companyId('rekeep'),
              title: `Magazziniere/a (benchmark: ${k.kind})`,
              municipalityCode: '037006',
              openings: 5,
              requiredSkills: k.requiredSkills,
              niceToHaveSkills: k.niceToHaveSkills,
              contractType: 'TEMPO_DETERMINATO',
              hoursPerWeek: 30,
              status: 'OPEN',
            },
          },
        );
        matchingVacancies.push({ kind: k.kind, id: posted.postVacancy.id });
      }
      for (const size of [10_000, 100_000]) await measureMatching(size);
    }

    if (wants('fanout')) {
      console.error('[bench] fanout');
      const subscribers = Number(values.subscribers);
      const clientProcesses = Number(values['client-processes']);
      const common = {
        subscribers,
        events: 10,
        gatewayUrl: stack.gatewayUrl,
        token: staff.token,
        caller: staff.caller,
        internalSecret: secrets.internalSecret,
        companyId: companyId('tper'),
        agent,
        clientProcesses,
        idlePids: [stack.child.pid],
      };
      // Gateway processes as deployed apart from the subgraphs (`gateway/dist/main.js` in front of the stack's
      // subgraphs). With IXL_BENCH_PROFILE_DIR each writes a V8 CPU profile there when it stops.
      const profileDir = process.env.IXL_BENCH_PROFILE_DIR;
      const startGateway = async () => {
        const port = await freePort();
        const started = await startScript(
          [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), join(root, 'gateway/dist/main.js')],
          gatewayEnv({ PORT: String(port), HOST: '127.0.0.1', IXL_METRICS_PORT: '0' }),
          'gateway ready',
        );
        scripts.push(started);
        return { url: `http://127.0.0.1:${port}/graphql`, pid: started.pid, stop: () => started.stop() };
      };
      const ws = (url: string) => url.replace('http', 'ws');
      const direct = await fanOut({ ...common, wsUrls: [ws(stack.subgraphUrls.companies ?? '')], direct: true });
      const own = await startGateway();
      const through = await fanOut({
        ...common,
        gatewayUrl: own.url,
        wsUrls: [ws(own.url)],
        direct: false,
        idlePids: [stack.child.pid, own.pid],
      });
      await own.stop();
      const inStack = await fanOut({ ...common, wsUrls: [ws(stack.gatewayUrl)], direct: false });
      const row = (path: string, n: number, r: FanOutResult) => [
        path,
        n,
        fmt(r.p50),
        fmt(r.p99),
        `${fmt(r.answered.median)} / ${fmt(r.answered.max)}`,
        `${fmt(r.first.median)} / ${fmt(r.first.max)}`,
        `${fmt(r.spread.median)} / ${fmt(r.spread.max)}`,
        `${r.delivered}/${r.expected}`,
        fmt(r.clockSkewMs, 3),
      ];
      const rows: (string | number)[][] = [
        row('direct to the subgraph (companies, in the stack process)', subscribers, direct),
        row('through the gateway in its own process', subscribers, through),
        row('through the gateway in the stack process (npm start)', subscribers, inStack),
      ];
      checks.push({
        figure: `fan-out to ${subscribers}: p99 event → client through the gateway (own process; clients in ${clientProcesses} other processes)`,
        value: `${fmt(through.p99)} ms (p50 ${fmt(through.p50)} ms; load average ${loadavg()[0]?.toFixed(1)})`,
        target: '≤ 50 ms',
        pass: through.p99 <= 50,
      });
      checks.push({
        figure: `fan-out to ${subscribers} through the gateway in the stack process: p99`,
        value: `${fmt(inStack.p99)} ms (p50 ${fmt(inStack.p50)} ms)`,
        target: 'measured',
        pass: null,
      });
      checks.push({
        figure: 'fan-out: gateway p99 / direct p99',
        value: fmt(through.p99 / direct.p99, 2),
        target: '≤ 2.00',
        pass: through.p99 / direct.p99 <= 2,
      });
      checks.push({
        figure: 'fan-out: every event reached every subscriber',
        value: `${through.delivered + inStack.delivered + direct.delivered}/${through.expected + inStack.expected + direct.expected}`,
        target: 'all',
        pass: through.delivered === through.expected && inStack.delivered === inStack.expected && direct.delivered === direct.expected,
      });

      // 10,000 subscribers over two gateway processes (5,000 each) in front of the same subgraphs; the
      // events are posted through the first. Each client is a socket here and at its gateway.
      const wide = 10_000;
      const openFiles = Number(/Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? 'NaN');
      if (!(openFiles >= wide / clientProcesses + 1_000)) {
        checks.push({
          figure: `fan-out to ${wide} over two gateway processes`,
          value: `not run: ulimit -n is ${openFiles}, ${wide / clientProcesses + 1_000} needed`,
          target: 'measured',
          pass: false,
        });
      } else {
        const gateways = [await startGateway(), await startGateway()];
        // The 1,000 subscribers over the same two gateway processes (500 each: the writes on both cores).
        const pair = await fanOut({
          ...common,
          gatewayUrl: gateways[0]?.url ?? '',
          wsUrls: gateways.map((g) => ws(g.url)),
          direct: false,
          idlePids: [stack.child.pid, ...gateways.map((g) => g.pid)],
        });
        rows.push(row(`through two gateway processes (${subscribers / 2} each)`, subscribers, pair));
        checks.push({
          figure: `fan-out to ${subscribers} over two gateway processes: p99`,
          value: `${fmt(pair.p99)} ms (p50 ${fmt(pair.p50)} ms; ${pair.delivered}/${pair.expected} delivered)`,
          target: 'measured',
          pass: null,
        });
        const two = await fanOut({
          ...common,
          subscribers: wide,
          gatewayUrl: gateways[0]?.url ?? '',
          wsUrls: gateways.map((g) => ws(g.url)),
          direct: false,
          idlePids: [stack.child.pid, ...gateways.map((g) => g.pid)],
        });
        for (const g of gateways) await g.stop();
        rows.push(row('through two gateway processes (5,000 each)', wide, two));
        checks.push({
          figure: `fan-out to ${wide} over two gateway processes: p99 event → client (clients in ${clientProcesses} other processes)`,
          value: `${fmt(two.p99)} ms (p50 ${fmt(two.p50)} ms; load average ${loadavg()[0]?.toFixed(1)})`,
          target: 'measured',
          pass: null,
        });
        checks.push({
          figure: `fan-out to ${wide} over two gateway processes: every event reached every subscriber`,
          value: `${two.delivered}/${two.expected}`,
          target: 'all',
          pass: two.delivered === two.expected,
        });
      }
      if (profileDir) {
        for (const file of readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'))) {
          const summary = summariseProfile(
            JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as Parameters<typeof summariseProfile>[0],
            25,
          );
          console.error(`[bench] profile ${file}: ${summary.totalMs.toFixed(0)} ms busy`);
          for (const f of summary.topFunctions)
            console.error(`  ${f.ms.toFixed(1).padStart(8)} ms ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.name}`);
        }
      }
      sections.push({
        title: `Subscription fan-out (graphql-ws subscribers, ${common.events} events after one warm-up event that is not counted, every process idle before each; events posted through the first gateway; latency from just before the mutation is sent to each client's receipt; the clients in ${clientProcesses} forked node processes apart from the bench process, stamps on both sides are performance.timeOrigin + performance.now(), each client process's stamps corrected by its clock offset measured with IPC round trips before and after the events; the clock check is what may remain)`,
        body: table(
          [
            'path',
            'subscribers',
            'p50 ms',
            'p99 ms',
            'mutation answered ms (median / worst event)',
            'first receipt ms (median / worst event)',
            'last − first ms (median / worst event)',
            'delivered',
            'clock check ms',
          ],
          rows,
        ),
      });
    }

    if (wants('imports')) {
      console.error('[bench] imports');
      // A 10,000-row attendance file: 100 participants × 100 sessions of a Seneca edition.
      const c = new pg.Client({ connectionString: dbUrl });
      await c.connect();
      const edition = demoId('bench-edition', 'csv');
      await c.query(
        `insert into training.course_edition (id, training_body_id, title, subject, stream, start_date, end_date, seats, total_cost_cents, status) values ($1, $2, 'Benchmark CSV', 'OSS', 'TRANSVERSAL', '2026-01-01', '2026-12-31', 100, 100000, 'ACTIVE') on conflict do nothing`,
        [edition, trainingBodyId('seneca')],
      );
      await c.query(
        `insert into training.course_session (id, edition_id, code, date, length_minutes) select md5('bench-session-' || s)::uuid, $1, 'S' || lpad(s::text, 3, '0'), date '2026-01-01' + s, 240 from generate_series(1, 100) s on conflict do nothing`,
        [edition],
      );
      await c.query(
        `insert into training.enrolment (id, edition_id, beneficiary_id, enrolled_at, participant_name, codice_fiscale) select md5('bench-enrolment-' || p)::uuid, $1, md5('synthetic-' || p)::uuid, now(), 'Persona' || p, 'SYN' || lpad(p::text, 13, '0') from generate_series(1, 100) p on conflict do nothing`,
        [edition],
      );
      await c.end();
      const lines = ['person,session,hours'];
      for (let p = 1; p <= 100; p++)
        for (let s = 1; s <= 100; s++) lines.push(`SYN${String(p).padStart(13, '0')},S${String(s).padStart(3, '0')},${(s % 4) + 1}`);
      const body = await login('ente@demo.ixl');
      const started = performance.now();
      const r = await gql<{ importAttendanceCsv: { accepted: boolean; rows: number } }>(
        body.token,
        'mutation($e: ID!, $csv: String!) { importAttendanceCsv(editionId: $e, csv: $csv) { accepted rows } }',
        { e: edition, csv: lines.join('\n') },
      );
      const ms = performance.now() - started;
      checks.push({
        figure: '10,000-row attendance CSV import through the gateway',
        value: `${fmt(ms / 1000, 2)} s (${r.importAttendanceCsv.rows} rows, accepted ${r.importAttendanceCsv.accepted})`,
        target: 'seconds',
        pass: r.importAttendanceCsv.accepted && ms < 10_000,
      });
    }
    if (wants('history')) {
      console.error('[bench] history import');
      const admin = await login('admin@demo.ixl');
      const h = await historyImportBench(dbUrl, stack.gatewayUrl, admin.token);
      const mb = (h.bytes / 1024 / 1024).toFixed(1);
      checks.push({
        figure: `history import: check of a ${h.rows.toLocaleString('en')}-row placements CSV (${mb} MiB) through the gateway, nothing written`,
        value: `${fmt(h.checkSeconds, 1)} s`,
        target: '< 60 s',
        pass: h.checkSeconds < 60,
      });
      checks.push({
        figure: `history import: the same file imported in the background (chunks of 500, PlacementRecorded per row)`,
        value: `${fmt(h.importSeconds, 1)} s (${h.created} created, ${fmt(h.rows / h.importSeconds, 0)} rows/s)`,
        target: '< 600 s, all created',
        pass: h.created === h.rows && h.importSeconds < 600,
      });
      checks.push({
        figure: 'history import: re-check of the same file (every row unchanged)',
        value: `${fmt(h.recheckSeconds, 1)} s (${h.unchanged} unchanged, ${h.errors} errors)`,
        target: 'all unchanged',
        pass: h.unchanged === h.rows && h.errors === 0,
      });
      const r = h.reimport;
      checks.push({
        figure: 'history import: the same file imported again (nothing created, updated or published)',
        value:
          `${fmt(h.reimportSeconds, 1)} s, ${r.status}: ${r.created} created / ${r.updated} updated / ${r.unchanged} unchanged; ` +
          `placements ${h.placementsBefore} → ${h.placementsAfter}, outbox events ${h.eventsBefore} → ${h.eventsAfter}`,
        target: 'changes nothing',
        pass:
          r.status === 'DONE' &&
          r.created === 0 &&
          r.updated === 0 &&
          r.unchanged === h.rows &&
          h.placementsAfter === h.placementsBefore &&
          h.eventsAfter === h.eventsBefore,
      });
    }
    if (wants('hostile')) {
      console.error('[bench] hostile');
      const timings = await hostileLatency(stack.gatewayUrl, agent);
      sections.push({
        title: 'Worst accepted anonymous requests (default query limits)',
        body: table(
          ['request', 'p50 ms', 'max ms'],
          timings.map((h) => [h.name, fmt(h.p50), fmt(h.max)]),
        ),
      });
      // The verdict is on the median: the slowest single run mostly measures other processes on a shared machine.
      const worst = timings.reduce((a, b) => (b.p50 > a.p50 ? b : a));
      checks.push({
        figure: 'worst accepted anonymous request (query limits, through the gateway): p50 of 20 runs',
        value: `${fmt(worst.p50)} ms, max ${fmt(worst.max)} ms (${worst.name}; load average ${loadavg()[0]?.toFixed(1)})`,
        target: '< 1000 ms',
        pass: worst.p50 < 1000,
      });
    }
    if (wants('dashboard')) {
      console.error('[bench] dashboard');
      // 100k beneficiaries and 50k placements (0.5 per person): the synthetic loader is idempotent.
      const loaded = await loadSyntheticData(dbUrl, { beneficiaries: 100_000 });
      const d = await dashboardLatency(root, stack.gatewayUrl, staff.token, agent);
      sections.push({
        title: 'Monitoring dashboard (one year, whole area)',
        body: table(
          ['beneficiaries', 'placements', 'p50 ms', 'p99 ms', 'registrations in the year', 'placements in the year'],
          [[loaded.beneficiaries ?? 0, loaded.placements ?? 0, fmt(d.p50), fmt(d.p99), d.registrations, d.placements]],
        ),
      });
      checks.push({
        figure: `dashboard at ${loaded.beneficiaries ?? 0} beneficiaries / ${loaded.placements ?? 0} placements (year, every report, through the gateway): p50`,
        value: `${fmt(d.p50)} ms (p99 ${fmt(d.p99)} ms)`,
        target: '≤ 500 ms',
        pass: d.p50 <= 500,
      });
    }

    if (wants('matching')) {
      if (values.full) {
        console.error('[bench] matching at 1M');
        await measureMatching(1_000_000);
      }
      const largest = Math.max(...matchingPoints.map((p) => p.size));
      const planText: string[] = [];
      for (const v of matchingVacancies) {
        const { answeredBy, plans } = await matchingPlans(dbUrl, v.id);
        planText.push(
          `#### "${v.kind}": answered by ${answeredBy}\n\n${plans.map((p) => `${p.statement}:\n\n\`\`\`\n${p.plan}\n\`\`\``).join('\n\n')}`,
        );
      }
      sections.push({
        title: 'matchCandidates at scale',
        body: `${table(
          ['beneficiaries', 'vacancy', 'p50 ms', 'p99 ms', 'candidates'],
          matchingPoints.map((p) => [p.size, p.kind, fmt(p.p50), fmt(p.p99), p.candidates]),
        )}\n\nRanking plans at ${largest} beneficiaries, every statement each vacancy runs (TOP: the nearest municipality's people with the best total anyone can reach, in id order; EVERY/SOME: a skill tier whose last score beats the best possible score outside it; POOL: the whole pool):\n\n${planText.join('\n\n')}`,
      });
      for (const v of matchingVacancies) {
        const at100k = matchingPoints.find((p) => p.size === 100_000 && p.kind === v.kind);
        if (at100k)
          checks.push({
            figure: `matchCandidates p50 at 100k beneficiaries, vacancy with ${v.kind} (through the gateway)`,
            value: `${fmt(at100k.p50)} ms`,
            target: '≤ 50 ms',
            pass: at100k.p50 <= 50,
          });
        const at1M = matchingPoints.find((p) => p.size === 1_000_000 && p.kind === v.kind);
        if (at1M)
          checks.push({
            figure: `matchCandidates p50 at 1M beneficiaries, vacancy with ${v.kind} (through the gateway)`,
            value: `${fmt(at1M.p50)} ms`,
            target: '≤ 100 ms',
            pass: at1M.p50 <= 100,
          });
        const mine = matchingPoints.filter((p) => p.kind === v.kind);
        const first = mine[0];
        const last = mine[mine.length - 1];
        if (first && last)
          checks.push({
            figure: `matchCandidates growth ${first.size} → ${last.size} (${v.kind})`,
            value: `× ${fmt(last.p50 / first.p50, 2)} for × ${last.size / first.size} people`,
            target: 'sub-linear',
            pass: last.p50 / first.p50 < last.size / first.size,
          });
      }
    }
  } finally {
    for (const s of scripts) await s.stop();
    await stack.stop();
  }
} finally {
  await pgServer.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

sections.unshift({
  title: 'Targets',
  body: table(
    ['figure', 'value', 'target', 'verdict'],
    checks.map((c) => [c.figure, c.value, c.target, verdict(c)]),
  ),
});
for (const s of sections) console.log(`\n## ${s.title}\n\n${s.body}`);
recordRun(`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`, sections);
