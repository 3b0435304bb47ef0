import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '@ixl/db';
import { graphqlRequest } from '@ixl/testkit';

const root = resolve(import.meta.dirname, '../../..');

describe('npm start (built launcher)', () => {
  it(
    'starts embedded PostgreSQL, migrates, loads demo data, serves the gateway, and stops cleanly on SIGTERM',
    { timeout: 240_000 },
    async () => {
      const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
      });
      expect(build.status, build.stdout + build.stderr).toBe(0);

      const dataDir = mkdtempSync(join(tmpdir(), 'ixl-start-'));
      chmodSync(dataDir, 0o755);
      const [port, pgPort, ...subPorts] = await Promise.all([
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
      ]);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: String(port),
        IXL_DATA_DIR: dataDir,
        IXL_PG_PORT: String(pgPort),
        PEOPLE_PORT: String(subPorts[0]),
        COMPANIES_PORT: String(subPorts[1]),
        TRAINING_PORT: String(subPorts[2]),
        PROJECTS_PORT: String(subPorts[3]),
        FINANCE_PORT: String(subPorts[4]),
        DATABASE_URL: '',
        // Gateway settings that `npm start` once ignored: the stack reads them like a standalone gateway.
        GRAPHQL_MAX_DEPTH: '4',
        LOGIN_LIMIT_PER_ACCOUNT: '2',
        CORS_ORIGINS: 'https://partner.example.org',
      };
      delete env.DATABASE_URL;
      const child = spawn(process.execPath, [join(root, 'packages/launcher/dist/main.js')], {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      try {
        await new Promise<void>((ok, fail) => {
          const timer = setInterval(() => output.includes('Press Ctrl-C to stop.') && (clearInterval(timer), ok()), 100);
          child.once('exit', (code) => (clearInterval(timer), fail(new Error(`start exited ${code}:\n${output}`))));
        });
        expect(output).toContain('Loaded the Bologna demo data');
        for (const email of [
          'admin@demo.ixl',
          'staff@demo.ixl',
          'azienda@demo.ixl',
          'azienda2@demo.ixl',
          'ente@demo.ixl',
          'comitato@demo.ixl',
          'beneficiario@demo.ixl',
        ])
          expect(output).toContain(email);
        const health = await fetch(`http://127.0.0.1:${port}/healthz`);
        expect(health.status).toBe(200);
        const login = await graphqlRequest<{ login: { user: { role: string } } }>(
          `http://127.0.0.1:${port}/graphql`,
          'mutation { login(email: "staff@demo.ixl", password: "demo-password") { user { role } } }',
        );
        expect(login.data?.login.user.role).toBe('STAFF');

        // GRAPHQL_MAX_DEPTH=4: a query 5 deep is refused.
        const deep = await graphqlRequest(
          `http://127.0.0.1:${port}/graphql`,
          '{ beneficiaries(first: 1) { nodes { placements { company { name } } } } }',
        );
        expect(deep.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
        // LOGIN_LIMIT_PER_ACCOUNT=2: the third attempt on one account is refused.
        const wrong = () =>
          graphqlRequest(
            `http://127.0.0.1:${port}/graphql`,
            'mutation { login(email: "ente@demo.ixl", password: "wrong-password") { token } }',
          );
        const codes = [await wrong(), await wrong(), await wrong()].map((r) => r.errors?.[0]?.extensions?.code);
        expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
        // CORS_ORIGINS: the listed origin may call the API from its site, another may not.
        const preflight = (origin: string) =>
          fetch(`http://127.0.0.1:${port}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
        expect((await preflight('https://partner.example.org')).status).toBe(204);
        expect((await preflight('https://elsewhere.example.org')).status).toBe(403);
      } finally {
        child.kill('SIGTERM');
        const code = await new Promise<number | null>((ok) => (child.exitCode !== null ? ok(child.exitCode) : child.once('exit', ok)));
        rmSync(dataDir, { recursive: true, force: true });
        expect(code).toBe(0);
      }
    },
  );
});

describe('npm start with IXL_PROCESSES=per-service', () => {
  it(
    'runs each subgraph in a process of its own, loads the demo data through them, serves federated queries, and stops them all',
    { timeout: 240_000 },
    async () => {
      // The build is the previous test's (same file, run in order).
      const dataDir = mkdtempSync(join(tmpdir(), 'ixl-start-ps-'));
      chmodSync(dataDir, 0o755);
      const [port, pgPort, ...subPorts] = await Promise.all(Array.from({ length: 7 }, freePort));
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: String(port),
        IXL_DATA_DIR: dataDir,
        IXL_PG_PORT: String(pgPort),
        IXL_METRICS_PORT: '0',
        IXL_PROCESSES: 'per-service',
        PEOPLE_PORT: String(subPorts[0]),
        COMPANIES_PORT: String(subPorts[1]),
        TRAINING_PORT: String(subPorts[2]),
        PROJECTS_PORT: String(subPorts[3]),
        FINANCE_PORT: String(subPorts[4]),
      };
      delete env.DATABASE_URL;
      const child = spawn(process.execPath, [join(root, 'packages/launcher/dist/main.js')], {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      let subgraphPids: number[] = [];
      try {
        await new Promise<void>((ok, fail) => {
          const timer = setInterval(() => output.includes('Press Ctrl-C to stop.') && (clearInterval(timer), ok()), 100);
          child.once('exit', (code) => (clearInterval(timer), fail(new Error(`start exited ${code}:\n${output}`))));
        });
        // Every subgraph's part of the demo data, loaded by its own process.
        const loaded = JSON.parse(/Loaded the Bologna demo data: (.*)/.exec(output)?.[1] ?? '{}') as Record<string, Record<string, number>>;
        expect(Object.keys(loaded).sort()).toEqual(['companies', 'finance', 'people', 'projects', 'training']);
        expect(loaded.people?.beneficiaries).toBe(300);
        // Five processes, children of the launcher, each serving its port.
        subgraphPids = [...output.matchAll(/\(own process, pid (\d+)\)/g)].map((m) => Number(m[1]));
        expect(subgraphPids).toHaveLength(5);
        const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
        for (const pid of subgraphPids) expect(children).toContain(pid);
        for (const p of subPorts) expect((await fetch(`http://127.0.0.1:${p}/readyz`)).status).toBe(200);

        // A federated query across people, companies and training, through the gateway in the launcher.
        const url = `http://127.0.0.1:${port}/graphql`;
        const login = await graphqlRequest<{ login: { token: string } }>(
          url,
          'mutation { login(email: "staff@demo.ixl", password: "demo-password") { token } }',
        );
        const token = login.data?.login.token ?? '';
        expect(token).not.toBe('');
        const list = await graphqlRequest<{
          beneficiaries: {
            totalCount: number;
            nodes: { placements: { company: { name: string } }[]; enrolments: { edition: { title: string } }[] }[];
          };
        }>(url, '{ beneficiaries(first: 200) { totalCount nodes { placements { company { name } } enrolments { edition { title } } } } }', {
          token,
        });
        expect(list.errors).toBeUndefined();
        expect(list.data?.beneficiaries.totalCount).toBe(300);
        expect(list.data?.beneficiaries.nodes.some((n) => n.placements.some((p) => p.company.name))).toBe(true);
        expect(list.data?.beneficiaries.nodes.some((n) => n.enrolments.some((e) => e.edition.title))).toBe(true);
      } finally {
        child.kill('SIGTERM');
        const code = await new Promise<number | null>((ok) => (child.exitCode !== null ? ok(child.exitCode) : child.once('exit', ok)));
        rmSync(dataDir, { recursive: true, force: true });
        expect(code).toBe(0);
      }
      // No subgraph process outlives the launcher.
      for (const pid of subgraphPids) expect(existsSync(`/proc/${pid}`)).toBe(false);
    },
  );

  it('refuses an unknown layout, naming the variable and the allowed values', () => {
    const r = spawnSync(process.execPath, [join(root, 'packages/launcher/dist/main.js')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, IXL_PROCESSES: 'two' },
      timeout: 60_000,
    });
    expect(r.status).toBe(78);
    expect(r.stdout + r.stderr).toMatch(/IXL_PROCESSES/);
    expect(r.stdout + r.stderr).toMatch(/`one`, `per-service`/);
  });
});
