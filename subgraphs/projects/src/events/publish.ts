import { eventPublisher } from '@ixl/subgraph-kit';

/** Publishes a projects event (typed by `ProjectsEvents` in @ixl/contracts) inside the transaction of the change. */
export const publishProjectsEvent = eventPublisher('projects');
