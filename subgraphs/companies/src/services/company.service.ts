import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { DomainError, badInput, requireAuthenticated, requireStaff } from '@ixl/subgraph-kit';
import type { CompanyFieldsInput } from '../dto/company.input.js';
import { Company } from '../entities/company.entity.js';
import { Vacancy } from '../entities/vacancy.entity.js';
import { publishCompanyChange } from '../events/company-events.js';
import { validateCompanyFields, type CompanyFields } from './company.rules.js';

const FIELDS = [
  'name',
  'vatNumber',
  'association',
  'atecoCode',
  'municipalityCode',
  'boardJoinedOn',
  'boardLeftOn',
  'thirdSector',
] as const;

export class CompanyService {
  constructor(private readonly em: EntityManager) {}

  /** Staff see every company; a company user sees its own. */
  async list(caller: Caller): Promise<Company[]> {
    requireAuthenticated(caller);
    if (isStaff(caller)) return this.em.find(Company, {}, { orderBy: { name: 'asc' } });
    if (caller.role === 'COMPANY' && caller.companyId) return this.em.find(Company, { id: caller.companyId });
    throw new DomainError('COMPANY_LIST_FORBIDDEN', {});
  }

  async vacancies(caller: Caller, companyId?: string | null): Promise<Vacancy[]> {
    requireAuthenticated(caller);
    if (caller.role === 'COMPANY') {
      if (companyId && companyId !== caller.companyId) throw new DomainError('OWN_VACANCIES_ONLY', {});
      return this.em.find(Vacancy, { company: caller.companyId }, { orderBy: { createdAt: 'desc' } });
    }
    if (!isStaff(caller)) throw new DomainError('VACANCY_LIST_FORBIDDEN', {});
    return this.em.find(Vacancy, companyId ? { company: companyId } : {}, { orderBy: { createdAt: 'desc' } });
  }

  /** Staff: a company in contact with IXL (board membership by its join date). */
  async register(caller: Caller, input: CompanyFieldsInput): Promise<Company> {
    requireStaff(caller);
    const fields = validateCompanyFields(input, null);
    return this.em.transactional(async (tx) => {
      const same = fields.vatNumber ? await tx.findOne(Company, { vatNumber: fields.vatNumber }) : null;
      if (same) throw new DomainError('VAT_NUMBER_TAKEN', {}, 'vatNumber', { existingId: same.id });
      const company = tx.create(Company, { id: randomUUID(), ...fields });
      await tx.flush();
      await publishCompanyChange(tx, caller, company, null);
      return company;
    });
  }

  /** Staff: change fields, including board join/leave dates. */
  async update(caller: Caller, id: string, input: CompanyFieldsInput): Promise<Company> {
    requireStaff(caller);
    return this.em.transactional(async (tx) => {
      const company = await tx.findOne(Company, { id });
      if (!company) throw badInput('id', 'UNKNOWN_COMPANY');
      const before = Object.fromEntries(FIELDS.map((k) => [k, company[k]])) as unknown as CompanyFields;
      const after = validateCompanyFields(input, before);
      const changed = FIELDS.filter((k) => before[k] !== after[k]);
      if (!changed.length) return company;
      const same = after.vatNumber && changed.includes('vatNumber') ? await tx.findOne(Company, { vatNumber: after.vatNumber }) : null;
      if (same) throw new DomainError('VAT_NUMBER_TAKEN', {}, 'vatNumber', { existingId: same.id });
      tx.assign(company, after);
      await tx.flush();
      await publishCompanyChange(tx, caller, company, [...changed]);
      return company;
    });
  }
}
