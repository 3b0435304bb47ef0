import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import type { CompanyChangedPayload } from '@ixl/contracts';
import type { Company } from '../entities/company.entity.js';
import { publishCompaniesEvent } from './publish.js';

/** CompanyRegistered (no changed fields) or CompanyChanged, with the company's current snapshot. */
export function publishCompanyChange(tx: EntityManager, caller: Caller, c: Company, changedFields: string[] | null): Promise<void> {
  const payload: CompanyChangedPayload = {
    companyId: c.id,
    name: c.name,
    association: c.association,
    atecoCode: c.atecoCode,
    municipalityCode: c.municipalityCode,
    boardJoinedOn: c.boardJoinedOn,
    boardLeftOn: c.boardLeftOn,
    thirdSector: c.thirdSector,
    changedFields: changedFields ?? [],
  };
  return publishCompaniesEvent(
    tx,
    changedFields ? 'CompanyChanged' : 'CompanyRegistered',
    { type: 'Company', id: c.id },
    payload,
    caller.userId ?? null,
  );
}
