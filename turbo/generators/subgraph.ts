/** The generator's steps outside its templates: the name check, the port, the registry entry, install + schemas. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REGISTRY = 'packages/registry/src/subgraphs.ts';
const END_OF_LIST = '\n] as const satisfies readonly SubgraphEntry[];';

const registryText = (root: string) => readFileSync(join(root, REGISTRY), 'utf8');

/** true, or why the name cannot be a new subgraph's. */
export function checkSubgraphName(root: string, name: string): true | string {
  if (!/^[a-z][a-z0-9]{1,30}$/.test(name))
    return 'Use 2–31 lower-case letters and digits, starting with a letter (it names a schema, a package and variables)';
  if (registryText(root).includes(`name: '${name}'`) || existsSync(join(root, 'subgraphs', name)))
    return `A subgraph "${name}" exists already`;
  return true;
}

/** The next free default port after the registry's highest. */
export function nextSubgraphPort(root: string): number {
  const ports = [...registryText(root).matchAll(/\bport: (\d+),/g)].map((m) => Number(m[1]));
  return Math.max(4100, ...ports) + 1;
}

/** Appends the subgraph's entry to the registry (last in gateway order). */
export function addSubgraphToRegistry(root: string, name: string, port: number): string {
  const text = registryText(root);
  if (text.includes(`name: '${name}'`)) throw new Error(`${REGISTRY} has a subgraph "${name}" already`);
  if (!text.includes(END_OF_LIST)) throw new Error(`${REGISTRY}: cannot find the end of SUBGRAPHS`);
  const label = name[0]!.toUpperCase() + name.slice(1);
  const entry = `
  {
    name: '${name}',
    package: '@ixl/${name}',
    dir: 'subgraphs/${name}',
    port: ${port},
    schema: '${name}',
    sdl: 'subgraphs/${name}/schema.graphql',
    label: { it: '${label}', en: '${label}' },
    personalData: { exportField: '${name}PersonalData', erasure: 'ids-only', readAudit: 'events' },
  },`;
  writeFileSync(join(root, REGISTRY), text.replace(END_OF_LIST, `${entry}${END_OF_LIST}`));
  return `${REGISTRY}: ${name} on port ${port}`;
}

/**
 * Links the new package (`npm install`) and writes its SDL, the supergraph and the portals' schema
 * (`npm run schemas`). IXL_GENERATE_NO_INSTALL=1 only links the workspace package as npm would, without
 * touching the lockfile (the generator's own test, which has no registry to install from).
 */
export function runAfterGeneration(root: string, name: string): string {
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}): run it again by hand`);
  };
  if (process.env.IXL_GENERATE_NO_INSTALL === '1') {
    mkdirSync(join(root, 'node_modules', '@ixl'), { recursive: true });
    symlinkSync(join('..', '..', 'subgraphs', name), join(root, 'node_modules', '@ixl', name));
  } else {
    run('npm', ['install', '--no-audit', '--no-fund']);
  }
  run('npm', ['run', '--silent', 'schemas']);
  return `subgraphs/${name} is composed: label it in the registry (Italian and English), give its root fields rules in test/security/authorization-matrix.ts, then npm test`;
}
