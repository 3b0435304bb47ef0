import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { subgraphUrl, subgraphVariables, type PlatformConfig } from '@ixl/config';
import { freePort } from '@ixl/db';
import { SUBGRAPHS, type SubgraphName } from '@ixl/registry';
import type { Secrets } from './secrets.js';

/** The subgraphs `npm start` runs as processes of their own (`IXL_PROCESSES=per-service`). */
export interface ServiceProcesses {
  /** Each subgraph's GraphQL URL, for the gateway. */
  urls: Partial<Record<SubgraphName, string>>;
  /** What each subgraph wrote of the demo data (only those that loaded some). */
  seeded: Record<string, Record<string, number>>;
  pids: Partial<Record<SubgraphName, number>>;
  stop(): Promise<void>;
}

/** A subgraph's built entry point (`subgraphs/<name>/dist/main.js`), found from its package. */
export function subgraphMain(packageName: string): string {
  const entry = fileURLToPath(import.meta.resolve(packageName)); // …/subgraphs/<name>/(dist/index.js | src/index.ts)
  const main = join(dirname(dirname(entry)), 'dist', 'main.js');
  if (!existsSync(main)) throw new Error(`${packageName} is not built (${main} is missing): run npm run build`);
  return main;
}

const READY_TIMEOUT_MS = 300_000;

interface ReadyMessage {
  type: 'ixl-subgraph-ready';
  name: string;
  port: number;
  seeded?: Record<string, number>;
}

/** Waits for the child's "ready" message (sent once it serves, after its demo data). */
function waitReady(child: ChildProcess, name: string): Promise<ReadyMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The ${name} subgraph was not ready after ${READY_TIMEOUT_MS / 1000} s`)),
      READY_TIMEOUT_MS,
    );
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`The ${name} subgraph stopped during start-up (exit code ${code}); its log is above`));
    };
    child.once('exit', onExit);
    child.on('message', (message: Partial<ReadyMessage>) => {
      if (message?.type !== 'ixl-subgraph-ready') return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve(message as ReadyMessage);
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => (clearTimeout(force), ok()));
    child.kill('SIGTERM');
  });
}

/**
 * Starts every subgraph without a `<NAME>_URL` as a process of its own (the entry point the release bundle's
 * `bin/ixl-<name>` runs), all at once: each migrates its own schema, and with `seedDemo` loads its part of
 * the demo data, then answers `/readyz`. The gateway, in the launcher's process, is given their URLs. The
 * processes share the machine's cores instead of one event loop; each reads the same environment, plus the
 * database URL, the launcher's secrets and its port.
 */
export async function startServiceProcesses(
  config: PlatformConfig & { databaseUrl: string; secrets: Secrets },
  options: { seedDemo: boolean },
): Promise<ServiceProcesses> {
  const register = fileURLToPath(import.meta.resolve('@ixl/observability/register'));
  const children = new Map<SubgraphName, ChildProcess>();
  const urls: Partial<Record<SubgraphName, string>> = {};
  const seeded: Record<string, Record<string, number>> = {};
  const stop = async () => {
    await Promise.all([...children.values()].map(stopChild));
  };
  const killAll = () => {
    for (const child of children.values()) if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', killAll);
  try {
    const starting: Promise<ReadyMessage>[] = [];
    for (const entry of SUBGRAPHS) {
      const name = entry.name as SubgraphName;
      const own = config.subgraphs[name];
      if (own.url) continue; // runs elsewhere
      const port = own.port || (await freePort());
      const vars = subgraphVariables(name);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATABASE_URL: config.databaseUrl,
        IXL_INTERNAL_SECRET: config.secrets.internalSecret,
        IXL_JWT_PUBLIC_KEYS: config.secrets.jwtPublicKeys,
        [vars.PORT.name]: String(port),
      };
      // Only the people subgraph issues access tokens: only it gets the signing keys.
      if (name === 'people') env.IXL_JWT_SIGNING_KEYS = config.secrets.jwtSigningKeys;
      else delete env.IXL_JWT_SIGNING_KEYS;
      const args = ['--import', register, subgraphMain(entry.package), ...(options.seedDemo ? ['--seed-demo'] : [])];
      const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.set(name, child);
      urls[name] = subgraphUrl({ host: own.host, port });
      starting.push(waitReady(child, name));
    }
    const results = await Promise.allSettled(starting);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    for (const r of results) if (r.status === 'fulfilled' && r.value.seeded) seeded[r.value.name] = r.value.seeded;
    // The channel served its purpose: the children must not keep the launcher's event loop alive for it.
    for (const child of children.values()) child.channel?.unref();
  } catch (err) {
    await stop();
    process.off('exit', killAll);
    throw err;
  }
  return {
    urls,
    seeded,
    pids: Object.fromEntries([...children].map(([n, c]) => [n, c.pid])),
    async stop() {
      await stop();
      process.off('exit', killAll);
    },
  };
}
