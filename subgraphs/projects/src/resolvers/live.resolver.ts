import { Resolver, Root, Subscription } from 'type-graphql';
import { PROJECTS_EVENTS } from '@ixl/contracts';
import { liveEvents, requireRole, type SubgraphContext } from '@ixl/subgraph-kit';
import { Decision } from '../entities/decision.entity.js';
import { decisionForSubscriber } from '../services/committee-query.service.js';

/** Live updates of the projects subgraph. */
@Resolver()
export class ProjectsLiveResolver {
  @Subscription(() => Decision, {
    description: 'Committee decisions as they are recorded. Staff: all; a committee member: those of its own committees',
    subscribe: ({ context }) => {
      const ctx = context as SubgraphContext;
      requireRole(ctx.caller, 'STAFF', 'ADMIN', 'COMMITTEE_MEMBER');
      // A decision of the history (issue 27, DELIBERE) is not news: it is not pushed.
      return liveEvents(ctx, [PROJECTS_EVENTS.CommitteeDecisionRecorded], (event, c) =>
        (event.payload as { imported?: boolean }).imported ? undefined : decisionForSubscriber(c, event.aggregateId),
      );
    },
  })
  committeeDecisionRecorded(@Root() decision: Decision): Decision {
    return decision;
  }
}
