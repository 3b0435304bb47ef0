/**
 * `npx turbo gen subgraph`: a new, empty, working subgraph from the template in `templates/subgraph`,
 * registered in the one registry (packages/registry/src/subgraphs.ts) — the launcher, the gateway, the
 * configuration, backups, the GDPR export, the audit log and the tests find it there. Then `npm install`
 * links its package and `npm run schemas` composes its SDL into the supergraph and the portals' schema.
 * Non-interactive: `npx turbo gen subgraph --args <name> "<one-line description>"`.
 */
import type { PlopTypes } from '@turbo/gen';
import { addSubgraphToRegistry, checkSubgraphName, nextSubgraphPort, runAfterGeneration } from './subgraph.js';

export default function generator(plop: PlopTypes.NodePlopAPI): void {
  plop.setGenerator('subgraph', {
    description: 'A new subgraph of the federation, registered everywhere in one step',
    prompts: [
      {
        type: 'input',
        name: 'name',
        message: 'Subgraph name (lower case, e.g. "grants")',
        validate: (v: string) => checkSubgraphName(process.cwd(), v),
      },
      { type: 'input', name: 'description', message: 'What it owns, in one line', default: 'a new part of the programme.' },
    ],
    actions: (answers) => {
      const root = (answers as { turbo: { paths: { root: string } } }).turbo.paths.root;
      const data = answers as Record<string, unknown>;
      data.port = nextSubgraphPort(root);
      data.stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
      return [
        {
          type: 'addMany',
          destination: '{{ turbo.paths.root }}/subgraphs/{{ name }}',
          base: 'templates/subgraph',
          templateFiles: 'templates/subgraph/**/*',
          stripExtensions: ['hbs'],
          globOptions: { dot: true },
        },
        () => addSubgraphToRegistry(root, String(data.name), Number(data.port)),
        () => runAfterGeneration(root, String(data.name)),
      ];
    },
  });
}
