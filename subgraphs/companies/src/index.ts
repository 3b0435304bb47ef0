import 'reflect-metadata';
/** The subgraph's definition, under the fixed name the launcher and the test stack look for (packages/registry). */
export { companiesSubgraph as subgraph, companiesSubgraph } from './definition.js';
export { insertSyntheticMatchingProfiles, SYNTHETIC_SKILLS } from './demo/synthetic-profiles.js';
export { buildMatchQuery, type MatchQueryInput } from './services/matching/matching.sql.js';
export { rankedRows, vacancyMatchInput } from './services/matching/matching.service.js';
