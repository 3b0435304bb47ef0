import type { SubgraphDefinition } from '@ixl/subgraph-kit';
import { Loan } from './entities/loan.entity.js';
import { ProjectRef } from './entities/project.ref.js';
import { migrations } from './migrations/index.js';
import { seedFinanceDemo } from './demo/seed.js';
import { LoanResolver, ProjectLoansResolver, resolveLoanReference } from './resolvers/loan.resolver.js';

/** The finance subgraph: social loans, grants, guarantee fund, settlements, budget. */
export const financeSubgraph: SubgraphDefinition = {
  name: 'finance',
  entities: [Loan],
  migrations,
  resolvers: [LoanResolver, ProjectLoansResolver],
  orphanedTypes: [ProjectRef],
  referenceResolvers: {
    Loan: { __resolveReference: resolveLoanReference },
    Project: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  },
  seedDemo: seedFinanceDemo,
};
