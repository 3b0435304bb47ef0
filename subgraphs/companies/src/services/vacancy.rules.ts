import { badInput, transitionTable } from '@ixl/subgraph-kit';
import { findMunicipality } from '@ixl/territory';
import type { VacancyFieldsInput } from '../dto/vacancy.input.js';
import type { CompanyCefrLevel, WorkShift } from '../entities/enums.js';
import type { ContractType } from '../entities/placement.entity.js';
import { VacancyStatus } from '../entities/vacancy.entity.js';
import { isIsoDate } from '@ixl/calendar';

/** The vacancy fields after validation and normalisation. */
export interface VacancyFields {
  title: string;
  occupationCode: string | null;
  tasks: string | null;
  requiredSkills: string[];
  niceToHaveSkills: string[];
  italianLevel: CompanyCefrLevel | null;
  drivingLicenceRequired: boolean;
  ownVehicleRequired: boolean;
  contractType: ContractType | null;
  hoursPerWeek: number | null;
  shifts: WorkShift[];
  municipalityCode: string;
  maxDistanceKm: number;
  openings: number;
  startDate: string | null;
}

const OCCUPATION = /^(\d{4}(\.\d+)*|https?:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36})$/;
function intIn(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, 'WHOLE_NUMBER_RANGE', { field, min, max });
  return value;
}

/** Skills are matched by exact (lower-case, trimmed) text: ESCO URIs/codes or normalised labels. */
export function normaliseSkills(field: string, skills: readonly string[]): string[] {
  if (skills.length > 50) throw badInput(field, 'TOO_MANY_SKILLS');
  const out: string[] = [];
  for (const raw of skills) {
    const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!s || s.length > 200) throw badInput(field, 'SKILL_LENGTH');
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/**
 * Merges `input` over `base` (the current vacancy, or defaults on posting) and validates the result;
 * throws BAD_USER_INPUT with the field at fault. Pure: no I/O.
 */
export function validateVacancyFields(input: VacancyFieldsInput, base: VacancyFields | null): VacancyFields {
  const pick = <K extends keyof VacancyFields>(key: K, fallback: VacancyFields[K]): VacancyFields[K] => {
    const v = input[key as keyof VacancyFieldsInput];
    if (
      v === undefined ||
      (v === null &&
        base !== null &&
        !['occupationCode', 'tasks', 'italianLevel', 'contractType', 'hoursPerWeek', 'startDate'].includes(key))
    )
      return base ? base[key] : fallback;
    return (v ?? fallback) as VacancyFields[K];
  };
  const title = (pick('title', '') ?? '').trim();
  if (title.length < 3 || title.length > 200) throw badInput('title', 'VACANCY_TITLE_LENGTH');
  const municipalityCode = (pick('municipalityCode', '') ?? '').trim();
  if (!findMunicipality(municipalityCode)) throw badInput('municipalityCode', 'VACANCY_UNKNOWN_MUNICIPALITY');
  const occupationCode = pick('occupationCode', null)?.trim() || null;
  if (occupationCode && !OCCUPATION.test(occupationCode)) throw badInput('occupationCode', 'OCCUPATION_CODE_FORMAT');
  const tasks = pick('tasks', null)?.trim() || null;
  if (tasks && tasks.length > 4000) throw badInput('tasks', 'TASKS_TOO_LONG');
  const requiredSkills = normaliseSkills('requiredSkills', pick('requiredSkills', []));
  const niceToHaveSkills = normaliseSkills('niceToHaveSkills', pick('niceToHaveSkills', []));
  const both = niceToHaveSkills.find((s) => requiredSkills.includes(s));
  if (both) throw badInput('niceToHaveSkills', 'SKILL_ALREADY_REQUIRED', { skill: both });
  const hoursPerWeek = pick('hoursPerWeek', null);
  if (hoursPerWeek !== null) intIn('hoursPerWeek', hoursPerWeek, 1, 48);
  const startDate = pick('startDate', null);
  if (startDate !== null && !isIsoDate(startDate)) throw badInput('startDate', 'START_DATE_FORMAT');
  return {
    title,
    occupationCode,
    tasks,
    requiredSkills,
    niceToHaveSkills,
    italianLevel: pick('italianLevel', null),
    drivingLicenceRequired: pick('drivingLicenceRequired', false) === true,
    ownVehicleRequired: pick('ownVehicleRequired', false) === true,
    contractType: pick('contractType', null),
    hoursPerWeek,
    shifts: [...new Set(pick('shifts', []))],
    municipalityCode,
    maxDistanceKm: intIn('maxDistanceKm', pick('maxDistanceKm', 40), 1, 150),
    openings: intIn('openings', pick('openings', 1), 1, 500),
    startDate,
  };
}

/** Allowed status changes of a vacancy. */
export const VACANCY_TRANSITIONS = transitionTable<VacancyStatus>('vacancy', {
  DRAFT: [VacancyStatus.OPEN, VacancyStatus.CLOSED],
  OPEN: [VacancyStatus.FILLED, VacancyStatus.CLOSED],
  FILLED: [VacancyStatus.OPEN, VacancyStatus.CLOSED],
  CLOSED: [VacancyStatus.OPEN],
});
