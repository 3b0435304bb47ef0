import { Resolver, Root, Subscription } from 'type-graphql';
import { FINANCE_EVENTS } from '@ixl/contracts';
import { liveEvents, requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { Loan } from '../entities/loan.entity.js';
import { loanOfArrearsEvent } from '../services/loan-query.service.js';

/** Live updates of the finance subgraph (staff only: arrears are an operator's alert). */
@Resolver()
export class FinanceLiveResolver {
  @Subscription(() => Loan, {
    description: 'Staff: a social loan fell into arrears (days past due over the threshold)',
    subscribe: ({ context }) => {
      const ctx = context as SubgraphContext;
      requireStaff(ctx.caller);
      return liveEvents(ctx, [FINANCE_EVENTS.LoanInArrears], (event, c) => loanOfArrearsEvent(c, event.aggregateId));
    },
  })
  loanInArrears(@Root() loan: Loan): Loan {
    return loan;
  }
}
