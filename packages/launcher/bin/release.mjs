#!/usr/bin/env node
// `npm run release [-- --out DIR]`: builds everything and writes one versioned archive for this platform,
// `release/ixl-<version>-<os>-<arch>.tar.gz` (+ `.sha256`), holding the built services, the portals, the
// migrations (compiled into each subgraph), production dependencies only (`npm ci --omit=dev` from the
// committed lockfile), the Node runtime the platform is tested on, and one start script per service:
// `bin/ixl-gateway`, `bin/ixl-people` … `bin/ixl-finance`, `bin/ixl-migrate`. The Dockerfile, compose.yaml
// and the Kubernetes manifests in deploy/ run this bundle; so does the multi-host test.
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { arch, platform } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build, ensureInstalled, ensureSupportedNode, root, run } from './bootstrap.mjs';

ensureInstalled();
await ensureSupportedNode();

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] : join(root, 'release');
const skipBuild = args.includes('--no-build');
if (!skipBuild) build();

const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const commit = spawnSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim() || 'unknown';
const version = `${rootPackage.version ?? '0.1.0'}+${commit}`;
const target = `${platform()}-${arch()}`;
const name = `ixl-${version.replace('+', '-')}-${target}`;
const stage = join(outDir, 'stage', name);

/** Every workspace folder (relative), from the root package.json's globs (`dir/*`). */
function workspaces() {
  return rootPackage.workspaces.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [glob];
    const parent = glob.slice(0, -2);
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(root, parent, d.name, 'package.json')))
      .map((d) => `${parent}/${d.name}`);
  });
}

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const file of ['package.json', 'package-lock.json', 'README.md']) cpSync(join(root, file), join(stage, file));
const services = [];
for (const ws of workspaces()) {
  const from = join(root, ws);
  const to = join(stage, ws);
  mkdirSync(to, { recursive: true });
  cpSync(join(from, 'package.json'), join(to, 'package.json'));
  // Built code only: portals are static files served by the gateway; testkit is for tests.
  if (ws.startsWith('portals/') || ws === 'packages/testkit') continue;
  if (existsSync(join(from, 'dist')))
    cpSync(join(from, 'dist'), join(to, 'dist'), { recursive: true, filter: (src) => !/\.(spec|test)\.(js|d\.ts|js\.map)$/.test(src) });
  for (const extra of ['supergraph.graphql', 'schema.graphql'])
    if (existsSync(join(from, extra))) cpSync(join(from, extra), join(to, extra));
  if (ws.startsWith('subgraphs/') && existsSync(join(from, 'dist/main.js')))
    services.push({ name: ws.slice('subgraphs/'.length), main: `${ws}/dist/main.js` });
}
if (!existsSync(join(root, 'portals/dist/index.html'))) {
  console.error('✖ portals/dist is missing: the build did not produce the portals');
  process.exit(1);
}
cpSync(join(root, 'portals/dist'), join(stage, 'portals/dist'), { recursive: true });

console.log(`Installing production dependencies into ${relative(root, stage)} (npm ci --omit=dev)...`);
run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: stage });

// The Node runtime the platform is tested on (the registry's `node` package, this platform's binary).
mkdirSync(join(stage, 'runtime'), { recursive: true });
cpSync(realpathSync(join(root, 'node_modules/node/bin/node')), join(stage, 'runtime/node'));
chmodSync(join(stage, 'runtime/node'), 0o755);

// One start script per service. Every variable of the README's Operations table applies.
mkdirSync(join(stage, 'bin'), { recursive: true });
// Services start OpenTelemetry before anything else loads (it exports only with OTEL_EXPORTER_OTLP_ENDPOINT set).
const script = (main, what, traced = false) => `#!/bin/sh
# ${what} (IXL ${version}). Configuration: the environment variables of the README's Operations table.
set -e
HERE="$(cd "$(dirname "$0")/.." && pwd)"
cd "$HERE"
exec "$HERE/runtime/node" --enable-source-maps${traced ? ' --import @ixl/observability/register' : ''} "$HERE/${main}" "$@"
`;
const scripts = {
  'ixl-gateway': script('gateway/dist/main.js', 'The gateway: the API, subscriptions and the portals', true),
  'ixl-create-admin': script(
    'packages/launcher/dist/create-admin-main.js',
    'Creates the first ADMIN account (password from IXL_ADMIN_PASSWORD)',
  ),
  'ixl-migrate': script(
    'packages/launcher/dist/migrate-main.js',
    'Applies every subgraph’s pending migrations, then exits (run it before the services)',
  ),
  ...Object.fromEntries(services.map((s) => [`ixl-${s.name}`, script(s.main, `The ${s.name} subgraph`, true)])),
};
for (const [file, text] of Object.entries(scripts)) {
  writeFileSync(join(stage, 'bin', file), text);
  chmodSync(join(stage, 'bin', file), 0o755);
}
writeFileSync(
  join(stage, 'RELEASE.json'),
  `${JSON.stringify({ name: 'ixl', version, commit, platform: target, node: process.version, services: Object.keys(scripts).sort() }, null, 2)}\n`,
);

const archive = join(outDir, `${name}.tar.gz`);
rmSync(archive, { force: true });
run('tar', ['-czf', archive, '--owner=0', '--group=0', '--numeric-owner', '-C', join(outDir, 'stage'), name]);
const sha = createHash('sha256').update(readFileSync(archive)).digest('hex');
writeFileSync(`${archive}.sha256`, `${sha}  ${name}.tar.gz\n`);
rmSync(join(outDir, 'stage'), { recursive: true, force: true });
console.log(
  `✔ ${relative(process.cwd(), archive)} (${Object.keys(scripts).length} start scripts: ${Object.keys(scripts).sort().join(', ')})`,
);
