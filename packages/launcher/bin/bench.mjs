#!/usr/bin/env node
// `npm run bench`: install what is missing, build, then run test/bench/run.ts against the built code.
// `npm run bench:data -- --beneficiaries N`: load the synthetic population (test/bench/data/cli.ts).
// `npm run soak -- --minutes 10 --users 200`: mixed portal traffic (test/bench/soak.ts).
import { build, ensureInstalled, ensureSupportedNode, run } from './bootstrap.mjs';

ensureInstalled();
await ensureSupportedNode();
build();
const args = process.argv.slice(2);
const scripts = { '--data': 'test/bench/data/cli.ts', '--soak': 'test/bench/soak.ts' };
const script = scripts[args[0]] ?? 'test/bench/run.ts';
run(process.execPath, ['--import', 'tsx', '--conditions', 'ixl-source', script, ...args.filter((a) => !(a in scripts))]);
