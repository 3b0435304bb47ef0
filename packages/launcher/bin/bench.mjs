#!/usr/bin/env node
// `npm run bench`: install what is missing, build, then run test/bench/run.ts against the built code.
import { build, ensureInstalled, run } from './bootstrap.mjs';

ensureInstalled();
build();
run(process.execPath, ['--import', 'tsx', 'test/bench/run.ts', ...process.argv.slice(2)]);
