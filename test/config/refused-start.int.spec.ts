import { rotateSigningKeys } from '@ixl/auth';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_EXIT_CODE } from '@ixl/config';

/**
 * The real entry points (from source, as `node …/main.js` runs them built) refuse a bad variable before
 * doing anything: exit code 78 and a message naming the variable, what is wrong and what is allowed.
 */
const root = resolve(import.meta.dirname, '../..');
const SECRETS = { IXL_INTERNAL_SECRET: 'i'.repeat(32), IXL_JWT_SIGNING_KEYS: rotateSigningKeys(null) };
// Nothing listens there: a start that got past its configuration would fail differently (or hang).
const DATABASE = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
const scratch = mkdtempSync(join(tmpdir(), 'ixl-refused-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `entry` with `env` over a clean environment (PATH and HOME only); its exit code and output. */
function run(entry: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--conditions', 'ixl-source', '--import', 'tsx', entry], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
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

describe('a bad configuration stops the start', () => {
  it('of the gateway (gateway/src/main.ts)', async () => {
    const deep = await run('gateway/src/main.ts', { ...SECRETS, PORT: '0', GRAPHQL_MAX_DEPTH: 'deep' });
    expect(deep.code).toBe(CONFIG_EXIT_CODE);
    expect(deep.output).toContain(
      'The gateway cannot start. Configuration: GRAPHQL_MAX_DEPTH="deep" is not a whole number; allowed: 1–100',
    );
    expect(deep.output).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace

    const noSecrets = await run('gateway/src/main.ts', { PORT: '0', TRUST_PROXY: 'yes please' });
    expect(noSecrets.code).toBe(CONFIG_EXIT_CODE);
    expect(noSecrets.output).toContain('TRUST_PROXY="yes please" is not a boolean; allowed: `on`/`off` (or `true`/`false`, `1`/`0`)');
  });

  it('of a subgraph (subgraphs/companies/src/main.ts)', async () => {
    const { code, output } = await run('subgraphs/companies/src/main.ts', { ...SECRETS, ...DATABASE, COMPANIES_PORT: '70000' });
    expect(code).toBe(CONFIG_EXIT_CODE);
    expect(output).toContain(
      'The companies subgraph cannot start. Configuration: COMPANIES_PORT="70000" is out of range; allowed: 0–65535 (0: any free port)',
    );
    const noDatabase = await run('subgraphs/companies/src/main.ts', { ...SECRETS, COMPANIES_PORT: '0' });
    expect(noDatabase.code).toBe(CONFIG_EXIT_CODE);
    expect(noDatabase.output).toContain('Configuration: DATABASE_URL is not set');
  });

  it.each(['30', '900s'])('of the people subgraph with IXL_ACCESS_TOKEN_TTL_SECONDS=%s', async (value) => {
    const { code, output } = await run('subgraphs/people/src/main.ts', {
      ...SECRETS,
      ...DATABASE,
      PEOPLE_PORT: '0',
      IXL_ACCESS_TOKEN_TTL_SECONDS: value,
    });
    expect(code).toBe(CONFIG_EXIT_CODE);
    expect(output).toContain(`The people subgraph cannot start. Configuration: IXL_ACCESS_TOKEN_TTL_SECONDS="${value}" is`);
    expect(output).toContain('; allowed: 60–86400');
  });

  it('of npm start (packages/launcher/src/start.ts), before it starts PostgreSQL, naming every bad variable', async () => {
    const dataDir = join(scratch, 'data');
    const { code, output } = await run('packages/launcher/src/start.ts', {
      IXL_DATA_DIR: dataDir,
      LOGIN_LIMIT_PER_IP: 'many',
      CORS_ORIGINS: 'portal.example.org',
      SMTP_URL: 'http://user:hunter2@mail',
    });
    expect(code).toBe(CONFIG_EXIT_CODE);
    expect(output).toContain('IXL cannot start. Configuration: 3 problems');
    expect(output).toContain('LOGIN_LIMIT_PER_IP="many" is not a whole number; allowed: 1–1000000');
    expect(output).toContain('CORS_ORIGINS="portal.example.org" lists "portal.example.org", which is not an origin');
    expect(output).toContain('SMTP_URL has the scheme http://; allowed: a `smtp://` or `smtps://` URL');
    expect(output).not.toContain('hunter2');
    expect(output).not.toContain('Starting embedded PostgreSQL');
    expect(existsSync(dataDir) ? readdirSync(dataDir) : []).toEqual([]);
  });
});
