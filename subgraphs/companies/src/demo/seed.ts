import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_COMPANIES, DEMO_VACANCIES, companyId, demoPlacements, vacancyId } from '@ixl/demo-data';
import { Company } from '../entities/company.entity.js';
import { ContractType, Placement, PlacementType } from '../entities/placement.entity.js';
import { Vacancy, VacancyStatus } from '../entities/vacancy.entity.js';

/** Board companies, their staffing needs and placements; skipped when any company exists. */
export async function seedCompaniesDemo(em: EntityManager): Promise<{ seeded: boolean; counts?: Record<string, number> }> {
  if (await em.count(Company, {})) return { seeded: false };
  const placements = demoPlacements();
  await em.transactional(async (tx) => {
    for (const c of DEMO_COMPANIES) {
      tx.persist(tx.create(Company, { id: companyId(c.key), name: c.name, vatNumber: null, association: c.association, atecoCode: c.atecoCode, municipalityCode: c.municipalityCode, boardJoinedOn: c.boardJoinedOn, boardLeftOn: null }));
    }
    for (const v of DEMO_VACANCIES) {
      tx.persist(tx.create(Vacancy, { id: vacancyId(v.key), company: tx.getReference(Company, companyId(v.companyKey)), title: v.title, municipalityCode: v.municipalityCode, openings: v.openings, status: VacancyStatus[v.status], createdAt: new Date() }));
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
        }),
      );
    }
  });
  return { seeded: true, counts: { companies: DEMO_COMPANIES.length, vacancies: DEMO_VACANCIES.length, placements: placements.length } };
}
