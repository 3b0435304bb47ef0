import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { DomainError, requireAuthenticated } from '@ixl/subgraph-kit';
import { Company } from '../entities/company.entity.js';
import { Vacancy } from '../entities/vacancy.entity.js';

export class CompanyService {
  constructor(private readonly em: EntityManager) {}

  /** Staff see every company; a company user sees its own. */
  async list(caller: Caller): Promise<Company[]> {
    requireAuthenticated(caller);
    if (isStaff(caller)) return this.em.find(Company, {}, { orderBy: { name: 'asc' } });
    if (caller.role === 'COMPANY' && caller.companyId) return this.em.find(Company, { id: caller.companyId });
    throw new DomainError('FORBIDDEN', 'You are not allowed to list companies');
  }

  async vacancies(caller: Caller, companyId?: string | null): Promise<Vacancy[]> {
    requireAuthenticated(caller);
    if (caller.role === 'COMPANY') {
      if (companyId && companyId !== caller.companyId) throw new DomainError('FORBIDDEN', 'You can only see your own vacancies');
      return this.em.find(Vacancy, { company: caller.companyId }, { orderBy: { createdAt: 'desc' } });
    }
    if (!isStaff(caller)) throw new DomainError('FORBIDDEN', 'You are not allowed to list vacancies');
    return this.em.find(Vacancy, companyId ? { company: companyId } : {}, { orderBy: { createdAt: 'desc' } });
  }
}
