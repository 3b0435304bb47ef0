import 'reflect-metadata';
export { companiesSubgraph } from './definition.js';
export { insertSyntheticMatchingProfiles, SYNTHETIC_SKILLS } from './demo/synthetic-profiles.js';
export { buildMatchQuery, type MatchQueryInput } from './services/matching/matching.sql.js';
