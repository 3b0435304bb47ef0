import { eventPublisher } from '@ixl/subgraph-kit';

/** Publishes a finance event (typed by `FinanceEvents` in @ixl/contracts) inside the transaction of the change. */
export const publishFinanceEvent = eventPublisher('finance');
