import { Resolver, Root, Subscription } from 'type-graphql';
import { COMPANIES_EVENTS } from '@ixl/contracts';
import { liveEvents, requireRole, type SubgraphContext } from '@ixl/subgraph-kit';
import { CandidateRecord } from '../entities/candidate.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { Vacancy } from '../entities/vacancy.entity.js';
import { liveCandidate, livePlacement, liveVacancy } from '../services/live.service.js';

/**
 * Live updates of the companies subgraph, from its outbox. Every event is checked against what the
 * subscriber could read by query: staff everything, a company only its own vacancies, candidates
 * (proposed ones, never shortlists) and placements.
 */
@Resolver()
export class CompaniesLiveResolver {
  @Subscription(() => Vacancy, {
    description: 'Staffing needs as they are posted. Staff: all; a company user: its own',
    subscribe: ({ context }) => {
      const ctx = context as SubgraphContext;
      requireRole(ctx.caller, 'STAFF', 'ADMIN', 'COMPANY');
      // A vacancy of the history (history import) is not news.
      return liveEvents(ctx, [COMPANIES_EVENTS.VacancyPosted], (event, c) =>
        (event.payload as { imported?: boolean }).imported === true ? Promise.resolve(undefined) : liveVacancy(c, event.aggregateId),
      );
    },
  })
  vacancyPosted(@Root() vacancy: Vacancy): Vacancy {
    return vacancy;
  }

  @Subscription(() => CandidateRecord, {
    description:
      'Candidates proposed or moving along the pipeline. Staff: all; a company user: the proposed candidates of its own vacancies',
    subscribe: ({ context }) => {
      const ctx = context as SubgraphContext;
      requireRole(ctx.caller, 'STAFF', 'ADMIN', 'COMPANY');
      return liveEvents(ctx, [COMPANIES_EVENTS.CandidateStatusChanged], (event, c) => liveCandidate(c, event.aggregateId));
    },
  })
  candidateStatusChanged(@Root() candidate: CandidateRecord): CandidateRecord {
    return candidate;
  }

  @Subscription(() => Placement, {
    description: 'Placements as they are recorded. Staff: all; a company user: placements at its own company',
    subscribe: ({ context }) => {
      const ctx = context as SubgraphContext;
      requireRole(ctx.caller, 'STAFF', 'ADMIN', 'COMPANY');
      return liveEvents(ctx, [COMPANIES_EVENTS.PlacementRecorded], (event, c) => livePlacement(c, event.aggregateId));
    },
  })
  placementRecorded(@Root() placement: Placement): Placement {
    return placement;
  }
}
