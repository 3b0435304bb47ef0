import { eventPublisher } from '@ixl/subgraph-kit';

/** Publishes a companies event (typed by `CompaniesEvents` in @ixl/contracts) inside the transaction of the change. */
export const publishCompaniesEvent = eventPublisher('companies');
