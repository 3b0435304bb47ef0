import { Resolver, Root, Subscription } from 'type-graphql';
import { isStaff, type Caller } from '@ixl/auth';
import { COMPANIES_EVENTS } from '@ixl/contracts';
import { auditPersonalDataRead, liveEvents, requireRole, type SubgraphContext } from '@ixl/subgraph-kit';
import { CandidateRecord } from '../entities/candidate.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { Vacancy } from '../entities/vacancy.entity.js';
import { CandidateService } from '../services/candidate.service.js';

const ownCompany = (caller: Caller, companyId: string | undefined | null) => isStaff(caller) || (caller.role === 'COMPANY' && !!caller.companyId && caller.companyId === companyId);

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
      return liveEvents(ctx, [COMPANIES_EVENTS.VacancyPosted], async (event, c) => {
        const vacancy = await c.em.fork().findOne(Vacancy, { id: event.aggregateId });
        return vacancy && ownCompany(c.caller, vacancy.company.id) ? vacancy : undefined;
      });
    },
  })
  vacancyPosted(@Root() vacancy: Vacancy): Vacancy {
    return vacancy;
  }

  @Subscription(() => CandidateRecord, {
    description: 'Candidates proposed or moving along the pipeline. Staff: all; a company user: the proposed candidates of its own vacancies',
    subscribe: ({ context }) => {
      const ctx = context as SubgraphContext;
      requireRole(ctx.caller, 'STAFF', 'ADMIN', 'COMPANY');
      return liveEvents(ctx, [COMPANIES_EVENTS.CandidateStatusChanged], async (event, c) => {
        const em = c.em.fork();
        const candidate = await em.findOne(CandidateRecord, { id: event.aggregateId });
        if (!candidate) return undefined;
        // The same rule as `vacancyCandidates`: what the caller may read by query, nothing more.
        const [visible] = await new CandidateService(em).forVacancies(c.caller, [candidate.vacancy.id], { audit: false });
        const shown = visible?.find((v) => v.id === candidate.id);
        if (shown) await auditPersonalDataRead(em, c.caller, { beneficiaryIds: [shown.beneficiaryId], action: 'READ', detail: 'live:candidateStatusChanged' });
        return shown;
      });
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
      return liveEvents(ctx, [COMPANIES_EVENTS.PlacementRecorded], async (event, c) => {
        const em = c.em.fork();
        const placement = await em.findOne(Placement, { id: event.aggregateId });
        if (!placement || !ownCompany(c.caller, placement.company?.id)) return undefined;
        await auditPersonalDataRead(em, c.caller, { beneficiaryIds: [placement.beneficiaryId], action: 'READ', detail: 'live:placementRecorded' });
        return placement;
      });
    },
  })
  placementRecorded(@Root() placement: Placement): Placement {
    return placement;
  }
}
