/**
 * Test hosts on one machine: Linux network namespaces joined by veth links to a bridge, each with its own
 * address, running real programs (PostgreSQL, nats-server, HAProxy, the release bundle's services). Needs root
 * (CI runs as root); traffic stays on the bridge and loopback.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';

export const BRIDGE = 'ixlmh0';
export const SUBNET = '10.78.0';
export const BRIDGE_IP = `${SUBNET}.1`;

const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
const quiet = (cmd: string, args: string[]) => {
  try {
    sh(cmd, args);
  } catch {
    // already gone
  }
};

export interface Host {
  name: string;
  ip: string;
}

/** Removes the bridge and every namespace of an earlier run that did not clean up. */
export function removeNetwork(): void {
  for (const line of sh('ip', ['netns', 'list']).split('\n')) {
    const ns = line.split(' ')[0];
    if (ns?.startsWith('ixlmh-')) quiet('ip', ['netns', 'delete', ns]);
  }
  quiet('ip', ['link', 'delete', BRIDGE]);
}

/** Creates the bridge (the test runner is BRIDGE_IP) and one namespace per host, `ixlmh-<name>`, at `<SUBNET>.<n>`. */
export function createNetwork(hosts: Record<string, number>): Record<string, Host> {
  removeNetwork();
  sh('ip', ['link', 'add', BRIDGE, 'type', 'bridge']);
  sh('ip', ['addr', 'add', `${BRIDGE_IP}/24`, 'dev', BRIDGE]);
  sh('ip', ['link', 'set', BRIDGE, 'up']);
  const out: Record<string, Host> = {};
  for (const [name, n] of Object.entries(hosts)) {
    const ns = `ixlmh-${name}`;
    const ip = `${SUBNET}.${n}`;
    sh('ip', ['netns', 'add', ns]);
    sh('ip', ['link', 'add', `mh${n}a`, 'type', 'veth', 'peer', 'name', `mh${n}b`]);
    sh('ip', ['link', 'set', `mh${n}b`, 'netns', ns]);
    sh('ip', ['link', 'set', `mh${n}a`, 'master', BRIDGE]);
    sh('ip', ['link', 'set', `mh${n}a`, 'up']);
    sh('ip', ['netns', 'exec', ns, 'ip', 'addr', 'add', `${ip}/24`, 'dev', `mh${n}b`]);
    sh('ip', ['netns', 'exec', ns, 'ip', 'link', 'set', `mh${n}b`, 'up']);
    sh('ip', ['netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'up']);
    out[name] = { name, ip };
  }
  return out;
}

export interface HostProcess {
  name: string;
  child: ChildProcess;
  output(): string;
  /** Sends the signal and waits for the end. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  exited(): boolean;
}

/** Runs `cmd` inside the host's namespace with exactly `env` (plus PATH). */
export function runOn(host: Host, label: string, cmd: string, args: string[], env: Record<string, string> = {}): HostProcess {
  const child = spawn('ip', ['netns', 'exec', `ixlmh-${host.name}`, cmd, ...args], {
    env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (d: Buffer) => {
    log += d.toString();
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  return {
    name: label,
    child,
    output: () => log,
    exited,
    kill: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (exited()) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

export function listening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: 1000 }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Polls `check` until it is true; throws with `what` (and the processes' last output) after `ms`. */
export async function waitFor(what: string, check: () => Promise<boolean>, ms = 60_000, procs: HostProcess[] = []): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    const dead = procs.find((p) => p.exited());
    if (dead) throw new Error(`${dead.name} exited while waiting for ${what}:\n${dead.output().slice(-4000)}`);
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}\n${procs.map((p) => `--- ${p.name}\n${p.output().slice(-2000)}`).join('\n')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function httpOk(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  return res.ok;
}
