import type { SubgraphDefinition } from '@ixl/subgraph-kit';
import { Project } from './entities/project.entity.js';
import { migrations } from './migrations/index.js';
import { seedProjectsDemo } from './demo/seed.js';
import { ProjectResolver, resolveProjectReference } from './resolvers/project.resolver.js';

/** The projects subgraph: calls, social-innovation and self-employment paths, committees. */
export const projectsSubgraph: SubgraphDefinition = {
  name: 'projects',
  entities: [Project],
  migrations,
  resolvers: [ProjectResolver],
  referenceResolvers: { Project: { __resolveReference: resolveProjectReference } },
  seedDemo: seedProjectsDemo,
};
