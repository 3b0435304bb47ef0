/**
 * The staffing-need form without React: what the user typed (always strings and booleans, so nothing
 * is lost on an error), its conversion to the API's VacancyFieldsInput, and back from a vacancy.
 */

export const CONTRACT_TYPES = ['TEMPO_DETERMINATO', 'TEMPO_INDETERMINATO', 'A_CHIAMATA', 'IN_PROPRIO'] as const;
export const ITALIAN_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'] as const;
export const WORK_SHIFTS = ['MORNING', 'AFTERNOON', 'EVENING', 'NIGHT', 'WEEKEND'] as const;

export type ContractTypeValue = (typeof CONTRACT_TYPES)[number];
export type ItalianLevelValue = (typeof ITALIAN_LEVELS)[number];
export type WorkShiftValue = (typeof WORK_SHIFTS)[number];

/** The fields of the form, in the order they are shown (focus goes to the first one in error). */
export const VACANCY_FIELDS = [
  'title',
  'municipalityCode',
  'openings',
  'tasks',
  'occupationCode',
  'requiredSkills',
  'niceToHaveSkills',
  'contractType',
  'hoursPerWeek',
  'shifts',
  'italianLevel',
  'startDate',
  'maxDistanceKm',
  'drivingLicenceRequired',
  'ownVehicleRequired',
] as const;
export type VacancyField = (typeof VACANCY_FIELDS)[number];

export interface VacancyFormState {
  title: string;
  municipalityCode: string;
  openings: string;
  tasks: string;
  occupationCode: string;
  /** One skill a line (commas separate too). */
  requiredSkills: string;
  niceToHaveSkills: string;
  contractType: ContractTypeValue | '';
  hoursPerWeek: string;
  shifts: WorkShiftValue[];
  italianLevel: ItalianLevelValue | '';
  startDate: string;
  maxDistanceKm: string;
  drivingLicenceRequired: boolean;
  ownVehicleRequired: boolean;
}

export const EMPTY_VACANCY_FORM: VacancyFormState = {
  title: '',
  municipalityCode: '',
  openings: '1',
  tasks: '',
  occupationCode: '',
  requiredSkills: '',
  niceToHaveSkills: '',
  contractType: '',
  hoursPerWeek: '',
  shifts: [],
  italianLevel: '',
  startDate: '',
  maxDistanceKm: '40',
  drivingLicenceRequired: false,
  ownVehicleRequired: false,
};

/** The API's VacancyFieldsInput (PostVacancyInput adds the status). */
export interface VacancyInput {
  title: string;
  municipalityCode: string;
  openings: number | null;
  tasks: string | null;
  occupationCode: string | null;
  requiredSkills: string[];
  niceToHaveSkills: string[];
  contractType: ContractTypeValue | null;
  hoursPerWeek: number | null;
  shifts: WorkShiftValue[];
  italianLevel: ItalianLevelValue | null;
  startDate: string | null;
  maxDistanceKm: number | null;
  drivingLicenceRequired: boolean;
  ownVehicleRequired: boolean;
}

/** Skills typed one a line or separated by commas: trimmed, blanks dropped, repeats (any case) once. */
export function parseSkills(text: string): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const raw of text.split(/[\n,;]/)) {
    const skill = raw.trim().replace(/\s+/g, ' ');
    const key = skill.toLowerCase();
    if (!skill || seen.has(key)) continue;
    seen.add(key);
    skills.push(skill);
  }
  return skills;
}

/** What the form cannot even send: a number field with something that is not a whole number. */
export type LocalProblem = 'required' | 'wholeNumber';

const NUMBER_FIELDS = ['openings', 'hoursPerWeek', 'maxDistanceKm'] as const;

/**
 * Converts the form to the API input. Ranges and the rest are the API's to judge (its errors come
 * back with the field); only text that is no number at all, and the two required fields, stop here.
 */
export function toVacancyInput(form: VacancyFormState): { input: VacancyInput; problems: Partial<Record<VacancyField, LocalProblem>> } {
  const problems: Partial<Record<VacancyField, LocalProblem>> = {};
  if (!form.title.trim()) problems.title = 'required';
  if (!form.municipalityCode) problems.municipalityCode = 'required';
  const numbers: Record<(typeof NUMBER_FIELDS)[number], number | null> = { openings: null, hoursPerWeek: null, maxDistanceKm: null };
  for (const field of NUMBER_FIELDS) {
    const text = form[field].trim();
    if (!text) continue;
    if (!/^-?\d+$/.test(text)) problems[field] = 'wholeNumber';
    else numbers[field] = Number(text);
  }
  if (numbers.openings === null && !problems.openings) problems.openings = 'required';
  return {
    problems,
    input: {
      title: form.title.trim(),
      municipalityCode: form.municipalityCode,
      openings: numbers.openings,
      tasks: form.tasks.trim() || null,
      occupationCode: form.occupationCode.trim() || null,
      requiredSkills: parseSkills(form.requiredSkills),
      niceToHaveSkills: parseSkills(form.niceToHaveSkills),
      contractType: form.contractType || null,
      hoursPerWeek: numbers.hoursPerWeek,
      shifts: WORK_SHIFTS.filter((s) => form.shifts.includes(s)),
      italianLevel: form.italianLevel || null,
      startDate: form.startDate || null,
      maxDistanceKm: numbers.maxDistanceKm,
      drivingLicenceRequired: form.drivingLicenceRequired,
      ownVehicleRequired: form.ownVehicleRequired,
    },
  };
}

/** The vacancy as the API returns it, for the edit form. */
export interface VacancyValues {
  title: string;
  municipalityCode: string;
  openings: number;
  tasks?: string | null;
  occupationCode?: string | null;
  requiredSkills: readonly string[];
  niceToHaveSkills: readonly string[];
  contractType?: string | null;
  hoursPerWeek?: number | null;
  shifts: readonly string[];
  italianLevel?: string | null;
  startDate?: string | null;
  maxDistanceKm: number;
  drivingLicenceRequired: boolean;
  ownVehicleRequired: boolean;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null | undefined): T | '' =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : '';

export function fromVacancy(v: VacancyValues): VacancyFormState {
  return {
    title: v.title,
    municipalityCode: v.municipalityCode,
    openings: String(v.openings),
    tasks: v.tasks ?? '',
    occupationCode: v.occupationCode ?? '',
    requiredSkills: v.requiredSkills.join('\n'),
    niceToHaveSkills: v.niceToHaveSkills.join('\n'),
    contractType: oneOf(CONTRACT_TYPES, v.contractType),
    hoursPerWeek: v.hoursPerWeek == null ? '' : String(v.hoursPerWeek),
    shifts: WORK_SHIFTS.filter((s) => v.shifts.includes(s)),
    italianLevel: oneOf(ITALIAN_LEVELS, v.italianLevel),
    startDate: v.startDate ?? '',
    maxDistanceKm: String(v.maxDistanceKm),
    drivingLicenceRequired: v.drivingLicenceRequired,
    ownVehicleRequired: v.ownVehicleRequired,
  };
}

/** The first field (in form order) that has an error, for the focus. */
export function firstErrorField(errors: Partial<Record<VacancyField, string>>): VacancyField | undefined {
  return VACANCY_FIELDS.find((f) => errors[f]);
}

export type VacancyStatusValue = 'DRAFT' | 'OPEN' | 'FILLED' | 'CLOSED';

/** What the company may do with a staffing need's status (the API's transitions; FILLED is set by hires). */
export function vacancyStatusActions(status: string): ('OPEN' | 'CLOSED')[] {
  switch (status) {
    case 'DRAFT':
      return ['OPEN', 'CLOSED'];
    case 'OPEN':
      return ['CLOSED'];
    case 'FILLED':
      return ['OPEN', 'CLOSED'];
    case 'CLOSED':
      return ['OPEN'];
    default:
      return [];
  }
}
