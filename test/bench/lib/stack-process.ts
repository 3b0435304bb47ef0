import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '@ixl/db';
import type { PlatformSecrets as TestSecrets } from '@ixl/auth';
import { subgraphVariables } from '@ixl/config';
import { SUBGRAPH_NAMES } from '@ixl/registry';

export { freePort };
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..', '..');

export interface StackProcess {
  child: ChildProcess;
  /** Seconds from spawning the built launcher to "ready" (installed and built already). */
  startSeconds: number;
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  secrets: TestSecrets;
  stop(): Promise<void>;
}

/** Runs the built stack (`packages/launcher/dist/start.js`) in its own process, over `databaseUrl`. */
export async function startStackProcess(
  databaseUrl: string,
  secrets: TestSecrets,
  extraEnv: Record<string, string> = {},
  /** Node.js options of the stack process (e.g. `--inspect=127.0.0.1:<port>` for a profile of it under load). */
  nodeArgs: string[] = [],
): Promise<StackProcess> {
  const names = SUBGRAPH_NAMES;
  const ports = await Promise.all(Array.from({ length: names.length + 1 }, freePort));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    IXL_INTERNAL_SECRET: secrets.internalSecret,
    IXL_JWT_SIGNING_KEYS: secrets.jwtSigningKeys,
    IXL_JWT_PUBLIC_KEYS: secrets.jwtPublicKeys,
    PORT: String(ports[0]),
    HOST: '127.0.0.1',
    LOGIN_LIMIT_PER_IP: '1000000',
    LOGIN_LIMIT_PER_ACCOUNT: '1000000',
    // Benchmark clients sign in once and do not refresh: tokens that outlive the longest run (a day).
    IXL_ACCESS_TOKEN_TTL_SECONDS: '86400',
    IXL_METRICS_PORT: '0',
    ...Object.fromEntries(names.map((n, i) => [subgraphVariables(n).PORT.name, String(ports[i + 1])])),
    ...extraEnv,
  };
  const started = performance.now();
  // IXL_BENCH_PROFILE_DIR=<dir>: the stack process writes a V8 CPU profile there when it stops.
  const profile = process.env.IXL_BENCH_PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', process.env.IXL_BENCH_PROFILE_DIR] : [];
  const child = spawn(process.execPath, [...profile, ...nodeArgs, join(root, 'packages/launcher/dist/start.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((ok, fail) => {
    const timer = setInterval(() => out.includes('Press Ctrl-C to stop.') && (clearInterval(timer), ok()), 50);
    child.once('exit', (code) => (clearInterval(timer), fail(new Error(`stack exited ${code}:\n${out.slice(-2000)}`))));
  });
  const startSeconds = (performance.now() - started) / 1000;
  return {
    child,
    startSeconds,
    gatewayUrl: `http://127.0.0.1:${ports[0]}/graphql`,
    subgraphUrls: Object.fromEntries(names.map((n, i) => [n, `http://127.0.0.1:${ports[i + 1]}/graphql`])),
    secrets,
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory (MiB) of a process, from /proc. */
export function rssMiB(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 'NaN');
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

/** A node script in its own process, ready when it prints READY (or the given marker). */
export async function startScript(
  args: string[],
  env: NodeJS.ProcessEnv,
  marker = 'READY',
): Promise<{ pid: number | undefined; stop(): Promise<void> }> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((ok, fail) => {
    const timer = setInterval(() => out.includes(marker) && (clearInterval(timer), ok()), 50);
    child.once('exit', (code) => (clearInterval(timer), fail(new Error(`${args.join(' ')} exited ${code}:\n${out.slice(-2000)}`))));
  });
  return {
    pid: child.pid,
    stop: () =>
      new Promise((ok) => {
        // Stopped already (exited, or ended by a signal: then exitCode stays null and 'exit' never comes again).
        if (child.exitCode !== null || child.signalCode !== null) return ok();
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => (clearTimeout(force), ok()));
        child.kill('SIGTERM');
      }),
  };
}
