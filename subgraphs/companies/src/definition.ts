import type { SubgraphDefinition } from '@ixl/subgraph-kit';
import { BeneficiaryRef } from './entities/beneficiary.ref.js';
import { Company } from './entities/company.entity.js';
import { Placement } from './entities/placement.entity.js';
import { Vacancy } from './entities/vacancy.entity.js';
import { migrations } from './migrations/index.js';
import { seedCompaniesDemo } from './demo/seed.js';
import { CompanyResolver, VacancyResolver, resolveCompanyReference, resolveVacancyReference } from './resolvers/company.resolver.js';
import { BeneficiaryPlacementsResolver, PlacementResolver } from './resolvers/placement.resolver.js';

/** The companies subgraph: board companies, staffing needs, candidates and placements. */
export const companiesSubgraph: SubgraphDefinition = {
  name: 'companies',
  entities: [Company, Vacancy, Placement],
  migrations,
  resolvers: [CompanyResolver, VacancyResolver, PlacementResolver, BeneficiaryPlacementsResolver],
  orphanedTypes: [BeneficiaryRef, Placement],
  referenceResolvers: {
    Company: { __resolveReference: resolveCompanyReference },
    Vacancy: { __resolveReference: resolveVacancyReference },
    Beneficiary: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  },
  seedDemo: seedCompaniesDemo,
};
