import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import type { VacancyChangedPayload, VacancyPostedPayload } from '@ixl/contracts';
import { DomainError, badInput, forbidden, requireAuthenticated } from '@ixl/subgraph-kit';
import type { PostVacancyInput, VacancyFieldsInput } from '../dto/vacancy.input.js';
import { Company } from '../entities/company.entity.js';
import { Vacancy, VacancyStatus } from '../entities/vacancy.entity.js';
import { publishCompaniesEvent } from '../events/publish.js';
import { VACANCY_TRANSITIONS, validateVacancyFields, type VacancyFields } from './vacancy.rules.js';
import { accessibleVacancy } from './vacancy-access.js';
import { vacancyConcepts } from './vocabulary-remap.js';
import { vocabularyIndex } from './vocabulary.service.js';

const FIELD_NAMES = [
  'title',
  'occupationCode',
  'tasks',
  'requiredSkills',
  'niceToHaveSkills',
  'italianLevel',
  'drivingLicenceRequired',
  'ownVehicleRequired',
  'contractType',
  'hoursPerWeek',
  'shifts',
  'municipalityCode',
  'maxDistanceKm',
  'openings',
  'startDate',
] as const;

const fieldsOf = (v: Vacancy): VacancyFields => Object.fromEntries(FIELD_NAMES.map((k) => [k, v[k]])) as unknown as VacancyFields;

function changedPayload(v: Vacancy, previousStatus: VacancyStatus, changedFields: string[]): VacancyChangedPayload {
  return {
    vacancyId: v.id,
    companyId: v.company.id,
    title: v.title,
    municipalityCode: v.municipalityCode,
    openings: v.openings,
    status: v.status,
    previousStatus,
    changedFields,
  };
}

/** Staffing needs posted by company users (their own company) and by staff (any company). */
export class VacancyService {
  constructor(private readonly em: EntityManager) {}

  async post(caller: Caller, input: PostVacancyInput): Promise<Vacancy> {
    requireAuthenticated(caller);
    let companyId: string;
    if (isStaff(caller)) {
      if (!input.companyId) throw badInput('companyId', 'COMPANY_REQUIRED');
      companyId = input.companyId;
    } else if (caller.role === 'COMPANY' && caller.companyId) {
      if (input.companyId && input.companyId !== caller.companyId) throw forbidden('OWN_COMPANY_VACANCIES_ONLY');
      companyId = caller.companyId;
    } else throw forbidden();
    const status = input.status ?? VacancyStatus.DRAFT;
    if (status !== VacancyStatus.DRAFT && status !== VacancyStatus.OPEN) throw badInput('status', 'NEW_VACANCY_STATUS');
    const fields = validateVacancyFields(input, null);
    return this.em.transactional(async (tx) => {
      const company = await tx.findOne(Company, { id: companyId });
      if (!company) throw badInput('companyId', 'UNKNOWN_COMPANY');
      if (company.boardLeftOn) throw badInput('companyId', 'COMPANY_LEFT_BOARD');
      // The company's own words are kept; matching uses the vocabulary concepts they map to.
      const concepts = vacancyConcepts(fields.requiredSkills, fields.niceToHaveSkills, await vocabularyIndex(tx));
      const v = tx.create(Vacancy, {
        id: randomUUID(),
        company,
        ...fields,
        requiredConcepts: concepts.required,
        niceConcepts: concepts.nice,
        status,
        createdAt: new Date(),
        updatedAt: null,
      });
      await tx.flush();
      const payload: VacancyPostedPayload = {
        vacancyId: v.id,
        companyId,
        title: v.title,
        municipalityCode: v.municipalityCode,
        openings: v.openings,
        status: v.status,
        occupationCode: v.occupationCode,
        requiredSkills: v.requiredSkills,
        startDate: v.startDate,
      };
      await publishCompaniesEvent(tx, 'VacancyPosted', { type: 'Vacancy', id: v.id }, payload, caller.userId ?? null);
      return v;
    });
  }

  async update(caller: Caller, id: string, input: VacancyFieldsInput): Promise<Vacancy> {
    return this.em.transactional(async (tx) => {
      const v = await accessibleVacancy(tx, caller, id);
      if (v.status !== VacancyStatus.DRAFT && v.status !== VacancyStatus.OPEN)
        throw new DomainError('VACANCY_NOT_EDITABLE', { vacancyStatus: v.status }, 'id');
      const before = fieldsOf(v);
      const after = validateVacancyFields(input, before);
      const changed = FIELD_NAMES.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
      if (!changed.length) return v;
      const concepts = vacancyConcepts(after.requiredSkills, after.niceToHaveSkills, await vocabularyIndex(tx));
      tx.assign(v, { ...after, requiredConcepts: concepts.required, niceConcepts: concepts.nice, updatedAt: new Date() });
      await tx.flush();
      await publishCompaniesEvent(
        tx,
        'VacancyChanged',
        { type: 'Vacancy', id: v.id },
        changedPayload(v, v.status, changed),
        caller.userId ?? null,
      );
      return v;
    });
  }

  async changeStatus(caller: Caller, id: string, status: VacancyStatus): Promise<Vacancy> {
    return this.em.transactional(async (tx) => {
      const v = await accessibleVacancy(tx, caller, id);
      if (v.status === status) return v;
      VACANCY_TRANSITIONS.assert(v.status, status, { field: 'status', reason: 'VACANCY_TRANSITION' });
      const previous = v.status;
      tx.assign(v, { status, updatedAt: new Date() });
      await tx.flush();
      await publishCompaniesEvent(
        tx,
        'VacancyChanged',
        { type: 'Vacancy', id: v.id },
        changedPayload(v, previous, ['status']),
        caller.userId ?? null,
      );
      return v;
    });
  }
}
