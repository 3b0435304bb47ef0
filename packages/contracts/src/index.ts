// Event contracts between subgraphs: each producer owns its file; consumers import the types.
export * from './people.js';
export * from './companies.js';
export * from './training.js';
export * from './projects.js';
export * from './finance.js';
export * from './read-audit.js';
