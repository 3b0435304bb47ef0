import { eventPublisher } from '@ixl/subgraph-kit';

/** Publishes a people event (typed by `PeopleEvents` in @ixl/contracts) inside the transaction of the change. */
export const publishPeopleEvent = eventPublisher('people');
