import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freePort, startEmbeddedPostgres } from '@ixl/db';

async function sql(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('keeps its data across restarts and takes over a cluster left running by a killed process', async () => {
    const dir = join(tmpdir(), `ixl-embedded-test-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    try {
      const first = await startEmbeddedPostgres({ dataDir: dir, port: await freePort() });
      await sql(first.adminUrl, 'create table kept (n int); insert into kept values (42)');
      await first.stop();

      // A process that started the cluster is killed with SIGKILL: its postmaster is left running.
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'start-and-wait.ts'), dir, String(await freePort())],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => d.toString().includes('READY') && resolve());
        child.once('exit', (code) => reject(new Error(`fixture exited ${code}`)));
      });
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));

      const second = await startEmbeddedPostgres({ dataDir: dir, port: await freePort() });
      expect(await sql(second.adminUrl, 'select n from kept')).toEqual([{ n: 42 }]);
      // A cluster still owned by a live process (another `npm start`) is never taken over.
      await expect(startEmbeddedPostgres({ dataDir: dir, port: await freePort() })).rejects.toThrow(/in use by another IXL process/);
      expect(await sql(second.adminUrl, 'select n from kept')).toEqual([{ n: 42 }]);
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
