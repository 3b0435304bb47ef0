#!/usr/bin/env node
// `npm run bench`: install what is missing, build, then run test/bench/run.ts against the built code.
// `npm run bench:data -- --beneficiaries N`: load the synthetic population (test/bench/data/cli.ts).
import { build, ensureInstalled, run } from './bootstrap.mjs';

ensureInstalled();
build();
const args = process.argv.slice(2);
const script = args[0] === '--data' ? 'test/bench/data/cli.ts' : 'test/bench/run.ts';
run(process.execPath, ['--import', 'tsx', script, ...args.filter((a) => a !== '--data')]);
