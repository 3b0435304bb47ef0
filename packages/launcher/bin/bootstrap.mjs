// Dependency-free bootstrap shared by `npm start`, `npm test` and `npm run bench`: installs what is
// missing (`npm ci` from the committed lockfile), re-runs the command under the project's Node 24 when
// an older system Node started it, and builds what changed (turbo cache).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const bin = join(root, 'node_modules', '.bin');
/** The Node the platform runs on: the registry's `node` package (a devDependency) puts it here. */
const projectNode = join(root, 'node_modules', 'node', 'bin', 'node');
const required = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node; // e.g. ">=24.11"
const requiredMajor = Number(/(\d+)/.exec(required)?.[1]);
const major = Number(process.versions.node.split('.')[0]);

// Children (npm, npx, turbo, vitest, tsx) find the project's tools, and its Node, first on the PATH,
// also when this script was started as `node packages/launcher/bin/start.mjs` rather than by npm.
if (!(process.env.PATH ?? '').split(delimiter).includes(bin)) process.env.PATH = `${bin}${delimiter}${process.env.PATH ?? ''}`;

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

if (major < 20) {
  console.error(`IXL needs Node.js 20 or newer to bootstrap itself (this is ${process.version}); it then runs on Node ${requiredMajor}.`);
  process.exit(1);
}

/** Installs the dependencies from the committed lockfile when they are missing or the lockfile changed. */
export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const stale = !existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000 || !existsSync(projectNode);
  if (!stale) return;
  console.log(
    existsSync(marker) ? 'package-lock.json changed: reinstalling dependencies (npm ci)...' : 'Installing dependencies (npm ci)...',
  );
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/**
 * Makes sure the rest of the command runs on the project's Node (24): when an older system Node started
 * it (a fresh machine with Node 20), the same script is run again under node_modules/node and this
 * process only waits for it, passing signals on and exiting with its code. Call after ensureInstalled().
 */
export async function ensureSupportedNode() {
  if (major >= requiredMajor) return;
  if (!existsSync(projectNode)) {
    console.error(`IXL runs on Node.js ${requiredMajor}, and node_modules/node is missing: run \`npm ci\` first.`);
    process.exit(1);
  }
  console.log(`System Node ${process.version} is older than ${requiredMajor}: running on the project's Node (node_modules/node).`);
  const child = spawn(projectNode, [...process.execArgv, process.argv[1], ...process.argv.slice(2)], {
    cwd: process.cwd(),
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  const code = await new Promise((done) => child.on('exit', (status, signal) => done(status ?? 128 + (constants.signals[signal] ?? 0))));
  process.exit(code);
}

export function build() {
  run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
}
