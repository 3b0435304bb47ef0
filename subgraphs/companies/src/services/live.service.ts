import { isStaff, type Caller } from '@ixl/auth';
import { auditPersonalDataRead, type SubgraphContext } from '@ixl/subgraph-kit';
import { CandidateRecord } from '../entities/candidate.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { Vacancy } from '../entities/vacancy.entity.js';
import { CandidateService } from './candidate.service.js';

/**
 * What a live subscriber may see of an event of the companies outbox: exactly what it could read by
 * query — staff everything, a company only its own vacancies, candidates (proposed ones, never
 * shortlists) and placements. `undefined` means "not for this subscriber".
 */
const ownCompany = (caller: Caller, companyId: string | undefined | null) =>
  isStaff(caller) || (caller.role === 'COMPANY' && !!caller.companyId && caller.companyId === companyId);

export async function liveVacancy(ctx: SubgraphContext, vacancyId: string): Promise<Vacancy | undefined> {
  const vacancy = await ctx.em.fork().findOne(Vacancy, { id: vacancyId });
  return vacancy && ownCompany(ctx.caller, vacancy.company.id) ? vacancy : undefined;
}

export async function liveCandidate(ctx: SubgraphContext, candidateId: string): Promise<CandidateRecord | undefined> {
  const em = ctx.em.fork();
  const candidate = await em.findOne(CandidateRecord, { id: candidateId });
  if (!candidate) return undefined;
  // The same rule as `vacancyCandidates`: what the caller may read by query, nothing more.
  const [visible] = await new CandidateService(em).forVacancies(ctx.caller, [candidate.vacancy.id], { audit: false });
  const shown = visible?.find((v) => v.id === candidate.id);
  if (shown)
    await auditPersonalDataRead(em, ctx.caller, {
      beneficiaryIds: [shown.beneficiaryId],
      action: 'READ',
      detail: 'live:candidateStatusChanged',
    });
  return shown;
}

export async function livePlacement(ctx: SubgraphContext, placementId: string): Promise<Placement | undefined> {
  const em = ctx.em.fork();
  const placement = await em.findOne(Placement, { id: placementId });
  if (!placement || !ownCompany(ctx.caller, placement.company?.id)) return undefined;
  await auditPersonalDataRead(em, ctx.caller, {
    beneficiaryIds: [placement.beneficiaryId],
    action: 'READ',
    detail: 'live:placementRecorded',
  });
  return placement;
}
