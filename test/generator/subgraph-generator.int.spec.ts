/**
 * `npx turbo gen subgraph` makes a sixth subgraph that the platform takes in with no other edit: in a copy of
 * the repository, the generator writes the folder and the registry entry and composes the schemas; then the
 * copy typechecks, stays formatted, and its tests show the new subgraph composed (its own test through the
 * gateway), in the registry checks, in the GDPR export and in the backup.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const NAME = 'sesto';
let copy: string;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(cmd, args, {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 20 * 60_000,
  });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** The repository's files (as git knows them) and a node_modules whose @ixl links point into the copy. */
function copyRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ixl-generator-'));
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout.split('\0');
  for (const file of files.filter(Boolean)) {
    if (!existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  mkdirSync(join(dir, 'node_modules', '@ixl'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== '@ixl') symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  for (const pkg of readdirSync(join(root, 'node_modules', '@ixl'))) {
    symlinkSync(readlinkSync(join(root, 'node_modules', '@ixl', pkg)), join(dir, 'node_modules', '@ixl', pkg));
    // A workspace's own node_modules (versions npm could not hoist, e.g. OpenTelemetry's) go with it.
    const workspace = resolve(join(root, 'node_modules', '@ixl'), readlinkSync(join(root, 'node_modules', '@ixl', pkg)));
    const own = join(workspace, 'node_modules');
    const target = join(dir, relative(root, workspace), 'node_modules');
    if (existsSync(own) && !existsSync(target)) symlinkSync(own, target);
  }
  return dir;
}

beforeAll(() => {
  copy = copyRepository();
}, 300_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('the subgraph generator', { timeout: 30 * 60_000 }, () => {
  it('writes a working sixth subgraph registered everywhere in one step', () => {
    const gen = run('npx', ['turbo', 'gen', 'subgraph', '--args', NAME, 'a throw-away sixth subgraph.'], { IXL_GENERATE_NO_INSTALL: '1' });
    expect(gen.status, gen.output).toBe(0);

    // The folder (and nothing else outside it but the registry entry and the generated schemas).
    const status = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout;
    expect(status).not.toContain(`subgraphs/${NAME}`); // the real repository is untouched
    for (const file of [
      'package.json',
      'README.md',
      'src/definition.ts',
      'src/index.ts',
      'src/main.ts',
      'src/migrations/index.ts',
      `test/${NAME}.int.spec.ts`,
      'schema.graphql',
    ]) {
      expect(existsSync(join(copy, 'subgraphs', NAME, file)), file).toBe(true);
    }
    const registry = readFileSync(join(copy, 'packages/registry/src/subgraphs.ts'), 'utf8');
    expect(registry).toContain(`name: '${NAME}'`);
    expect(registry).toContain('port: 4106');
    expect(readFileSync(join(copy, 'gateway/supergraph.graphql'), 'utf8')).toContain(`${NAME}PersonalData: JSONObject`);
    expect(readFileSync(join(copy, 'portals/api-schema.graphql'), 'utf8')).toContain(`${NAME}EventConsumers`);

    // A second subgraph of the same name is refused.
    const again = run('npx', ['turbo', 'gen', 'subgraph', '--args', NAME, 'again'], { IXL_GENERATE_NO_INSTALL: '1' });
    expect(again.output).toMatch(/exists already/);

    const format = run('npx', ['prettier', '--check', `subgraphs/${NAME}`, 'packages/registry', '--log-level', 'warn']);
    expect(format.status, format.output).toBe(0);
    const types = run('npx', ['tsc', '-p', 'tsconfig.json']);
    expect(types.status, types.output).toBe(0);

    const tests = run('npx', [
      'vitest',
      'run',
      'test/schema',
      `subgraphs/${NAME}/test`,
      'test/privacy/gdpr.int.spec.ts',
      'packages/launcher/test/backup.int.spec.ts',
    ]);
    expect(tests.status, tests.output.slice(-4000)).toBe(0);
    expect(tests.output).toMatch(/Tests\s+\S*\d+ passed/);
    expect(tests.output).not.toMatch(/\d+ failed/);
  });
});
