import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { DomainError, forbidden, notFound, requireAuthenticated } from '@ixl/subgraph-kit';
import { Vacancy } from '../entities/vacancy.entity.js';

/**
 * The vacancy if the caller may act on it: staff any (NOT_FOUND when missing); a company user only its
 * own, and FORBIDDEN otherwise — also when the id does not exist, so nothing hints at other companies' data.
 */
export async function accessibleVacancy(em: EntityManager, caller: Caller, vacancyId: string): Promise<Vacancy> {
  requireAuthenticated(caller);
  if (isStaff(caller)) {
    const v = await em.findOne(Vacancy, { id: vacancyId });
    if (!v) throw notFound('VACANCY_NOT_FOUND');
    return v;
  }
  if (caller.role !== 'COMPANY' || !caller.companyId) throw forbidden();
  const v = await em.findOne(Vacancy, { id: vacancyId, company: caller.companyId });
  if (!v) throw new DomainError('OWN_VACANCY_ACTIONS_ONLY', {});
  return v;
}
