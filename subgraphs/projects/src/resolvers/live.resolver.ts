import { Resolver, Root, Subscription } from 'type-graphql';
import { isStaff } from '@ixl/auth';
import { PROJECTS_EVENTS } from '@ixl/contracts';
import { liveEvents, requireRole, type SubgraphContext } from '@ixl/subgraph-kit';
import { Decision } from '../entities/decision.entity.js';
import { ProjectAccess } from '../services/access.service.js';

/** Live updates of the projects subgraph. */
@Resolver()
export class ProjectsLiveResolver {
  @Subscription(() => Decision, {
    description: 'Committee decisions as they are recorded. Staff: all; a committee member: those of its own committees',
    subscribe: ({ context }) => {
      const ctx = context as SubgraphContext;
      requireRole(ctx.caller, 'STAFF', 'ADMIN', 'COMMITTEE_MEMBER');
      return liveEvents(ctx, [PROJECTS_EVENTS.CommitteeDecisionRecorded], async (event, c) => {
        const em = c.em.fork();
        const decision = await em.findOne(Decision, { id: event.aggregateId });
        if (!decision) return undefined;
        if (isStaff(c.caller) || (await new ProjectAccess(em).memberOf(c.caller, decision.committeeId))) return decision;
        return undefined;
      });
    },
  })
  committeeDecisionRecorded(@Root() decision: Decision): Decision {
    return decision;
  }
}
