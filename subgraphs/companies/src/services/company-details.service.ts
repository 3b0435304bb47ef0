import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { badInput, forbidden, groupByKeys, requireAuthenticated } from '@ixl/subgraph-kit';
import { findMunicipality } from '@ixl/territory';
import { Company } from '../entities/company.entity.js';
import { CompanyContact } from '../entities/company-contact.entity.js';
import { CompanySite } from '../entities/company-site.entity.js';
import { publishCompanyChange } from '../events/company-events.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Sites and contacts of companies; a company user sees and adds only its own. */
export class CompanyDetailsService {
  constructor(private readonly em: EntityManager) {}

  private visibleIds(caller: Caller, companyIds: readonly string[]): string[] {
    requireAuthenticated(caller);
    const ids = [...new Set(companyIds)];
    if (isStaff(caller)) return ids;
    if (caller.role === 'COMPANY') return ids.filter((id) => id === caller.companyId);
    return [];
  }

  async sitesFor(caller: Caller, companyIds: readonly string[]): Promise<CompanySite[][]> {
    const ids = this.visibleIds(caller, companyIds);
    const rows = ids.length ? await this.em.find(CompanySite, { company: { $in: ids } }, { orderBy: { name: 'asc', id: 'asc' } }) : [];
    return groupByKeys(companyIds, rows, (s) => s.company.id);
  }

  async contactsFor(caller: Caller, companyIds: readonly string[]): Promise<CompanyContact[][]> {
    const ids = this.visibleIds(caller, companyIds);
    const rows = ids.length
      ? await this.em.find(CompanyContact, { company: { $in: ids } }, { orderBy: { fullName: 'asc', id: 'asc' } })
      : [];
    return groupByKeys(companyIds, rows, (c) => c.company.id);
  }

  private async editable(tx: EntityManager, caller: Caller, companyId: string): Promise<Company> {
    if (this.visibleIds(caller, [companyId]).length === 0) throw forbidden('NOT_YOUR_COMPANY');
    const company = await tx.findOne(Company, { id: companyId });
    if (!company) throw badInput('companyId', 'UNKNOWN_COMPANY');
    return company;
  }

  async addSite(caller: Caller, companyId: string, name: string, municipalityCode: string, address: string | null): Promise<CompanySite> {
    return this.em.transactional(async (tx) => {
      const company = await this.editable(tx, caller, companyId);
      if (!name.trim() || name.length > 200) throw badInput('name', 'SITE_NAME_LENGTH');
      if (!findMunicipality(municipalityCode)) throw badInput('municipalityCode', 'UNKNOWN_MUNICIPALITY_CODE');
      const site = tx.create(CompanySite, {
        id: randomUUID(),
        company,
        name: name.trim(),
        municipalityCode,
        address: address?.trim() || null,
      });
      await tx.flush();
      await publishCompanyChange(tx, caller, company, ['sites']);
      return site;
    });
  }

  async addContact(
    caller: Caller,
    companyId: string,
    input: { fullName: string; role?: string | null; email?: string | null; phone?: string | null },
  ): Promise<CompanyContact> {
    return this.em.transactional(async (tx) => {
      const company = await this.editable(tx, caller, companyId);
      if (!input.fullName.trim() || input.fullName.length > 200) throw badInput('fullName', 'CONTACT_NAME_LENGTH');
      if (input.email && !EMAIL.test(input.email)) throw badInput('email', 'INVALID_EMAIL');
      const contact = tx.create(CompanyContact, {
        id: randomUUID(),
        company,
        fullName: input.fullName.trim(),
        role: input.role?.trim() || null,
        email: input.email?.trim() || null,
        phone: input.phone?.trim() || null,
      });
      await tx.flush();
      await publishCompanyChange(tx, caller, company, ['contacts']);
      return contact;
    });
  }
}
