// Event contracts between subgraphs: each producer owns its file; consumers import the types.
export * from './people.js';
export * from './companies.js';
export * from './training.js';
export * from './projects.js';
export * from './finance.js';
export * from './read-audit.js';
export * from './attendance-csv.js';
export * from './import-layouts.js';
export * from './errors/index.js';

import type { PeopleEvents } from './people.js';
import type { CompaniesEvents } from './companies.js';
import type { TrainingEvents } from './training.js';
import type { ProjectsEvents } from './projects.js';
import type { FinanceEvents } from './finance.js';

/** Every subgraph's events: source → event type → payload. The publishers and consumers are typed from it. */
export interface EventCatalogue {
  people: PeopleEvents;
  companies: CompaniesEvents;
  training: TrainingEvents;
  projects: ProjectsEvents;
  finance: FinanceEvents;
}

export type EventSource = keyof EventCatalogue;
export type EventType<S extends EventSource> = keyof EventCatalogue[S] & string;
export type EventPayload<S extends EventSource, T extends EventType<S>> = EventCatalogue[S][T];
