import { Resolver, Root, Subscription } from 'type-graphql';
import { TRAINING_EVENTS } from '@ixl/contracts';
import { liveEvents, requireRole, type SubgraphContext } from '@ixl/subgraph-kit';
import { CourseEdition } from '../entities/course-edition.entity.js';
import { managedEditionFor } from '../services/edition-access.js';

/** Live risk-share settlements (the training portal's "risk position" updates when a window closes). */
@Resolver()
export class RiskShareLiveResolver {
  @Subscription(() => CourseEdition, {
    description:
      "An edition's 30% risk share was settled or its settlement adjusted (select riskShare { settlement { revision revisions { … } } }). Staff: all; a training body: its own",
    subscribe: ({ context }) => {
      const ctx = context as SubgraphContext;
      requireRole(ctx.caller, 'STAFF', 'ADMIN', 'TRAINING_BODY');
      return liveEvents(ctx, [TRAINING_EVENTS.RiskShareSettled, TRAINING_EVENTS.RiskShareSettlementAdjusted], (event, c) =>
        managedEditionFor(c, event.aggregateId),
      );
    },
  })
  riskShareSettled(@Root() edition: CourseEdition): CourseEdition {
    return edition;
  }
}
