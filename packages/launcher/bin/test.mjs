#!/usr/bin/env node
// `npm test`: install what is missing, then lint, typecheck and run every test project.
// Extra arguments go to vitest (e.g. `npm test -- --project unit`).
import { ensureInstalled, ensureSupportedNode, run } from './bootstrap.mjs';
import { runInParallel } from './parallel.mjs';

ensureInstalled();
await ensureSupportedNode();
const args = process.argv.slice(2);
if (!args.length) {
  // Independent single-threaded checks, two at a time (longest first).
  await runInParallel([
    ['npm', ['run', '--silent', 'typecheck:portals']],
    ['npx', ['eslint', '.', '--max-warnings', '0']],
    ['npx', ['tsc', '-p', 'tsconfig.json']],
    ['npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ]);
}
run('npx', ['vitest', 'run', ...args]);
