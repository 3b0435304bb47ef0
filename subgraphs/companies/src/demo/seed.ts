import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_COMPANIES, DEMO_VACANCIES, beneficiaryId, companyId, demoId, demoPlacements, vacancyId } from '@ixl/demo-data';
import { CandidateOutcomeReason, CandidateRecord, CandidateStatus } from '../entities/candidate.entity.js';
import { Company } from '../entities/company.entity.js';
import { CompanyContact } from '../entities/company-contact.entity.js';
import { CompanySite } from '../entities/company-site.entity.js';
import { ContractType, Placement, PlacementFollowUp, PlacementType } from '../entities/placement.entity.js';
import type { PlacementRecordedPayload } from '@ixl/contracts';
import { publishCompaniesEvent } from '../events/publish.js';
import { Vacancy, VacancyStatus } from '../entities/vacancy.entity.js';
import { remapAll } from '../services/vocabulary.service.js';
import { DEMO_CANDIDATES, DEMO_CONTACTS, DEMO_SITES, DEMO_VACANCY_DETAILS } from './vacancy-details.js';

/** Board companies, sites, contacts, staffing needs, candidates and placements; skipped when any company exists. */
export async function seedCompaniesDemo(em: EntityManager): Promise<{ seeded: boolean; counts?: Record<string, number> }> {
  if (await em.count(Company, {})) return { seeded: false };
  const placements = demoPlacements();
  const created = new Date('2026-11-02T09:00:00Z');
  await em.transactional(async (tx) => {
    for (const c of DEMO_COMPANIES) {
      tx.persist(
        tx.create(Company, {
          id: companyId(c.key),
          name: c.name,
          vatNumber: null,
          association: c.association,
          atecoCode: c.atecoCode,
          municipalityCode: c.municipalityCode,
          boardJoinedOn: c.boardJoinedOn,
          boardLeftOn: null,
          // La Fraternità is a cooperativa sociale: a Third Sector body by law (D.Lgs. 117/2017).
          thirdSector: c.key === 'fraternita',
        }),
      );
    }
    for (const s of DEMO_SITES) {
      tx.persist(
        tx.create(CompanySite, {
          id: demoId('company-site', s.key),
          company: tx.getReference(Company, companyId(s.companyKey)),
          name: s.name,
          municipalityCode: s.municipalityCode,
          address: s.address,
        }),
      );
    }
    for (const c of DEMO_CONTACTS) {
      tx.persist(
        tx.create(CompanyContact, {
          id: demoId('company-contact', c.key),
          company: tx.getReference(Company, companyId(c.companyKey)),
          fullName: c.fullName,
          role: c.role,
          email: c.email,
          phone: null,
        }),
      );
    }
    for (const v of DEMO_VACANCIES) {
      const d = DEMO_VACANCY_DETAILS[v.key];
      tx.persist(
        tx.create(Vacancy, {
          id: vacancyId(v.key),
          company: tx.getReference(Company, companyId(v.companyKey)),
          title: v.title,
          municipalityCode: v.municipalityCode,
          openings: v.openings,
          status: VacancyStatus[v.status],
          createdAt: created,
          updatedAt: null,
          tasks: d?.tasks ?? null,
          occupationCode: d?.occupationCode ?? null,
          requiredSkills: d?.requiredSkills ?? [],
          niceToHaveSkills: d?.niceToHaveSkills ?? [],
          italianLevel: d?.italianLevel ?? null,
          drivingLicenceRequired: d?.drivingLicenceRequired ?? false,
          ownVehicleRequired: false,
          contractType: d?.contractType ?? null,
          hoursPerWeek: d?.hoursPerWeek ?? null,
          shifts: d?.shifts ?? [],
          maxDistanceKm: 40,
          startDate: d?.startDate ?? null,
        }),
      );
    }
    for (const c of DEMO_CANDIDATES) {
      const status = CandidateStatus[c.status];
      tx.persist(
        tx.create(CandidateRecord, {
          id: demoId('candidate', c.key),
          vacancy: tx.getReference(Vacancy, vacancyId(c.vacancyKey)),
          beneficiaryId: beneficiaryId(c.beneficiaryIndex),
          status,
          score: c.score,
          reasonCode: 'reasonCode' in c ? CandidateOutcomeReason[c.reasonCode] : null,
          reasonNote: null,
          staffNote: null,
          proposedAt: status === CandidateStatus.SHORTLISTED ? null : created,
          createdAt: created,
          updatedAt: created,
        }),
      );
    }
    for (const p of placements) {
      tx.persist(
        tx.create(Placement, {
          id: p.id,
          beneficiaryId: p.beneficiaryId,
          company: p.companyId ? tx.getReference(Company, p.companyId) : null,
          type: PlacementType[p.type],
          contract: p.contract ? ContractType[p.contract] : null,
          startDate: p.startDate,
          endDate: p.endDate,
          hoursPerWeek: p.type === 'MINI_JOB' ? 15 : null,
          sourceEditionId: p.sourceEditionId ?? null,
          previousPlacementId: p.previousPlacementId ?? null,
          followUp: p.previousPlacementId ? PlacementFollowUp.RENEWAL : null,
          createdAt: created,
        }),
      );
    }
    await tx.flush();
    // The demo vacancies' words mapped to the vocabulary, as postVacancy does.
    await remapAll(tx);
    // Through the real event path: people (PLACED), training (course KPIs), finance (stage indemnities)
    // and projects build their read models from these, exactly as for placements recorded live.
    const system = { userId: null, role: 'ANONYMOUS' } as const;
    for (const p of placements) {
      const payload: PlacementRecordedPayload = {
        placementId: p.id,
        beneficiaryId: p.beneficiaryId,
        companyId: p.companyId,
        vacancyId: null,
        sourceEditionId: p.sourceEditionId ?? null,
        previousPlacementId: p.previousPlacementId ?? null,
        followUp: p.previousPlacementId ? PlacementFollowUp.RENEWAL : null,
        type: p.type,
        contract: p.contract,
        startDate: p.startDate,
        endDate: p.endDate,
        hoursPerWeek: p.type === 'MINI_JOB' ? 15 : null,
      };
      await publishCompaniesEvent(tx, 'PlacementRecorded', { type: 'Placement', id: p.id }, payload, system.userId ?? null);
    }
  });
  return {
    seeded: true,
    counts: {
      companies: DEMO_COMPANIES.length,
      sites: DEMO_SITES.length,
      contacts: DEMO_CONTACTS.length,
      vacancies: DEMO_VACANCIES.length,
      candidates: DEMO_CANDIDATES.length,
      placements: placements.length,
    },
  };
}
