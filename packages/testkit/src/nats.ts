import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@ixl/db';

/** A real NATS server with JetStream (Debian's `nats-server`), on a free loopback port with its own store. */
export interface NatsServer {
  url: string;
  port: number;
  /** Stops it (SIGTERM, or SIGKILL) keeping its store; `start()` brings it back on the same port and store. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes its store. */
  close(): Promise<void>;
}

/** Where `nats-server` is: NATS_SERVER_BIN, else the PATH. CI installs Debian's package (a missing one fails the tests). */
const NATS_BIN = process.env.NATS_SERVER_BIN ?? 'nats-server';

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export async function startNats(): Promise<NatsServer> {
  const port = await freePort();
  const store = mkdtempSync(join(tmpdir(), 'ixl-nats-'));
  let child: ChildProcess | undefined;
  let output = '';
  const server: NatsServer = {
    url: `nats://127.0.0.1:${port}`,
    port,
    async start() {
      child = spawn(NATS_BIN, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', store], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
      const spawned = child;
      const failed = new Promise<never>((_, reject) => {
        spawned.once('error', (err) =>
          reject(new Error(`nats-server could not start (${NATS_BIN}: install Debian's nats-server): ${err.message}`)),
        );
        spawned.once('exit', (code) => reject(new Error(`nats-server exited with ${code}:\n${output}`)));
      });
      const deadline = Date.now() + 15_000;
      const ready = (async () => {
        while (!(await listening(port))) {
          if (Date.now() > deadline) throw new Error(`nats-server did not listen on ${port}:\n${output}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      await Promise.race([ready, failed]);
      failed.catch(() => undefined);
    },
    async stop(signal = 'SIGTERM') {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      running.removeAllListeners('exit');
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill(signal);
      });
    },
    async close() {
      await server.stop('SIGKILL');
      rmSync(store, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
