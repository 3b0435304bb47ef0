#!/usr/bin/env node
// `npm test`: install what is missing, then lint, typecheck and run every test project.
// Extra arguments go to vitest (e.g. `npm test -- --project unit`).
import { ensureInstalled, ensureSupportedNode, run } from './bootstrap.mjs';

ensureInstalled();
await ensureSupportedNode();
const args = process.argv.slice(2);
if (!args.length) {
  run('npx', ['eslint', '.', '--max-warnings', '0']);
  run('npx', ['prettier', '--check', '.', '--log-level', 'warn']);
  run('npx', ['tsc', '-p', 'tsconfig.json']);
  run('npm', ['run', '--silent', 'typecheck:portals']);
}
run('npx', ['vitest', 'run', ...args]);
