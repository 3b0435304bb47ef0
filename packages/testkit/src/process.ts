import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '@ixl/db';
import { subgraphVariables } from '@ixl/config';
import { subgraphEntry, type SubgraphName } from '@ixl/registry';

const root = resolve(import.meta.dirname, '../../..');

/** A subgraph running as its own OS process (from source, via tsx), to be killed and restarted by fault tests. */
export interface SubgraphProcess {
  name: SubgraphName;
  url: string;
  port: number;
  /** Starts (or restarts) it on the same port and waits for /healthz. */
  start(): Promise<void>;
  /** Sends the signal and waits for the process to end (SIGKILL: no clean-up at all). */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Everything it printed so far (all runs). */
  output(): string;
}

export async function spawnSubgraph(
  name: SubgraphName,
  env: { databaseUrl: string; internalSecret: string; jwtSigningKeys: string; jwtPublicKeys: string },
): Promise<SubgraphProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  let child: ChildProcess | undefined;
  let log = '';
  const exited = () => !child || child.exitCode !== null || child.signalCode !== null;
  const handle: SubgraphProcess = {
    name,
    url,
    port,
    async start() {
      if (!exited()) throw new Error(`${name} is already running`);
      child = spawn(process.execPath, ['--conditions', 'ixl-source', '--import', 'tsx', `${subgraphEntry(name).dir}/src/main.ts`], {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: env.databaseUrl,
          [subgraphVariables(name).PORT.name]: String(port),
          IXL_INTERNAL_SECRET: env.internalSecret,
          IXL_JWT_SIGNING_KEYS: env.jwtSigningKeys,
          IXL_JWT_PUBLIC_KEYS: env.jwtPublicKeys,
          IXL_JOBS: 'off',
          NODE_ENV: 'test',
          // The same throttles as the in-process test stack (testConfig): a burst of calls from one test client
          // must not be refused as guessing; the throttle tests set their own limits.
          LOGIN_LIMIT_PER_IP: '100000',
          LOGIN_LIMIT_PER_ACCOUNT: '100000',
          REGISTRATION_LIMIT_PER_IP: '100000',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
      const deadline = Date.now() + 90_000;
      for (;;) {
        if (exited()) throw new Error(`${name} exited during start-up:\n${log}`);
        const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) return;
        if (Date.now() > deadline) throw new Error(`${name} not healthy after 90 s:\n${log}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async kill(signal = 'SIGKILL') {
      const running = child;
      if (!running || exited()) return;
      await new Promise<void>((done) => {
        running.once('exit', () => done());
        running.kill(signal);
      });
    },
    output: () => log,
  };
  await handle.start();
  return handle;
}
