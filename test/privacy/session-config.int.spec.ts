import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Starts the people subgraph as its own process (from source) with `env`; resolves with its exit code and output. */
function startPeople(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--conditions', 'ixl-source', '--import', 'tsx', 'subgraphs/people/src/main.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', IXL_INTERNAL_SECRET: 'i'.repeat(32), IXL_JWT_SECRET: 'j'.repeat(32), IXL_JOBS: 'off', PEOPLE_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

describe('access token lifetime configuration', () => {
  it.each(['30', 'quindici', '900s'])('refuses to start with IXL_ACCESS_TOKEN_TTL_SECONDS=%s, naming the variable', async (value) => {
    const { code, output } = await startPeople({ IXL_ACCESS_TOKEN_TTL_SECONDS: value });
    expect(code).not.toBe(0);
    expect(output).toContain('Configuration: IXL_ACCESS_TOKEN_TTL_SECONDS must be a whole number of seconds between 60 and 86400');
  });
});
