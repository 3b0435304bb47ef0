// Dependency-free bootstrap shared by `npm start`, `npm test` and `npm run bench`:
// installs what is missing (from the committed lockfile) and builds what changed (turbo cache).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.error(`IXL needs Node.js 20 or newer (this is ${process.version}).`);
  process.exit(1);
}

export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(marker)) {
    // `npm install` with the committed lockfile (not `npm ci`: the registry snapshot lacks some
    // other-platform optional binaries, which `npm ci` treats as a lockfile mismatch).
    console.log('Installing dependencies (npm install)...');
    run('npm', ['install', '--no-audit', '--no-fund']);
  } else if (statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000) {
    console.log('package-lock.json changed: updating dependencies (npm install)...');
    run('npm', ['install', '--no-audit', '--no-fund']);
  }
}

export function build() {
  run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
}
