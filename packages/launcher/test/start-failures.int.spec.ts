import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedPostgres } from '@ixl/db';

const root = resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];

/** Runs `npm start`'s entry point (the built launcher) until it exits; returns its exit code and everything it printed. */
async function startUntilExit(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(root, 'packages/launcher/dist/main.js')], {
    cwd: root,
    env: { ...process.env, IXL_DEMO_DATA: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
  const code = await new Promise<number | null>((ok) => child.once('exit', ok));
  clearTimeout(timer);
  return { code, output };
}

async function ports(n: number) {
  return Promise.all(Array.from({ length: n }, () => freePort()));
}

async function environment(): Promise<NodeJS.ProcessEnv> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ixl-startfail-'));
  chmodSync(dataDir, 0o755);
  dirs.push(dataDir);
  const [port, pgPort, people, companies, training, projects, finance] = await ports(7);
  return {
    IXL_DATA_DIR: dataDir,
    PORT: String(port),
    IXL_PG_PORT: String(pgPort),
    PEOPLE_PORT: String(people),
    COMPANIES_PORT: String(companies),
    TRAINING_PORT: String(training),
    PROJECTS_PORT: String(projects),
    FINANCE_PORT: String(finance),
    DATABASE_URL: '',
  };
}

/** Holds a TCP port as "another program" would. */
async function occupy(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return server;
}

beforeAll(() => {
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
}, 600_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm start explains why it cannot start', { timeout: 180_000 }, () => {
  it('a PostgreSQL data folder others can write to: PostgreSQL’s reason and the chmod that fixes it', async () => {
    const env = await environment();
    const pgDir = join(env.IXL_DATA_DIR!, 'pg');
    const pg = await startEmbeddedPostgres({ dataDir: pgDir, port: await freePort() });
    await pg.stop();
    chmodSync(pgDir, 0o777);
    const { code, output } = await startUntilExit(env);
    expect(code).toBe(1);
    expect(output).toContain('Embedded PostgreSQL could not start');
    expect(output).toMatch(/Reason: .*data directory .* has invalid permissions/);
    expect(output).toContain(`chmod 700 ${pgDir}`);
    expect(output).not.toMatch(/^undefined$/m);
  });

  it('the PostgreSQL port taken by another program: names IXL_PG_PORT', async () => {
    const env = await environment();
    const blocker = await occupy(Number(env.IXL_PG_PORT));
    try {
      const { code, output } = await startUntilExit(env);
      expect(code).toBe(1);
      expect(output).toContain('Embedded PostgreSQL could not');
      expect(output).toMatch(/Reason: .*(could not bind|[Aa]ddress already in use|could not create any TCP\/IP sockets)/);
      expect(output).toContain('IXL_PG_PORT');
    } finally {
      blocker.close();
    }
  });

  it('a subgraph port taken: names the subgraph and its port variable', async () => {
    const env = await environment();
    const blocker = await occupy(Number(env.COMPANIES_PORT));
    try {
      const { code, output } = await startUntilExit(env);
      expect(code).toBe(1);
      expect(output).toContain(`The companies subgraph could not listen on 127.0.0.1:${env.COMPANIES_PORT}`);
      expect(output).toContain('Reason: EADDRINUSE');
      expect(output).toContain('COMPANIES_PORT');
    } finally {
      blocker.close();
    }
  });

  it('the gateway port taken: names PORT', async () => {
    const env = await environment();
    const blocker = await occupy(Number(env.PORT));
    try {
      const { code, output } = await startUntilExit({ ...env, HOST: '127.0.0.1' });
      expect(code).toBe(1);
      expect(output).toContain(`The gateway could not listen on 127.0.0.1:${env.PORT}`);
      expect(output).toContain('with PORT');
    } finally {
      blocker.close();
    }
  });

  it('an external PostgreSQL that is not there: names DATABASE_URL, never its password', async () => {
    const env = await environment();
    const closed = await freePort();
    const { code, output } = await startUntilExit({ ...env, DATABASE_URL: `postgres://ixl:s3cret-pass@127.0.0.1:${closed}/ixl` });
    expect(code).toBe(1);
    expect(output).toContain(`subgraph could not connect to its database at 127.0.0.1:${closed}/ixl`);
    expect(output).toContain('DATABASE_URL');
    expect(output).not.toContain('s3cret-pass');
  });
});
