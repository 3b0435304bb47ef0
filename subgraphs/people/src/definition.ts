import type { SubgraphDefinition } from '@ixl/subgraph-kit';
import { Beneficiary } from './entities/beneficiary.entity.js';
import { UserAccount } from './entities/user-account.entity.js';
import { migrations } from './migrations/index.js';
import { seedPeopleDemo } from './demo/seed.js';
import { BeneficiaryResolver, resolveBeneficiaryReference } from './resolvers/beneficiary.resolver.js';
import { IdentityResolver } from './resolvers/identity.resolver.js';

/** The people subgraph: beneficiaries and, as identity provider, every user account. */
export const peopleSubgraph: SubgraphDefinition = {
  name: 'people',
  entities: [UserAccount, Beneficiary],
  migrations,
  resolvers: [IdentityResolver, BeneficiaryResolver],
  referenceResolvers: { Beneficiary: { __resolveReference: resolveBeneficiaryReference } },
  seedDemo: seedPeopleDemo,
};
