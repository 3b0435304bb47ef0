import { describe, expect, it } from 'vitest';
import {
  EMPTY_VACANCY_FORM,
  firstErrorField,
  fromVacancy,
  parseSkills,
  toVacancyInput,
  vacancyStatusActions,
  type VacancyFormState,
} from './vacancy-form.js';

const filled: VacancyFormState = {
  ...EMPTY_VACANCY_FORM,
  title: '  Magazziniere  ',
  municipalityCode: '037006',
  openings: '3',
  requiredSkills: 'carrello elevatore\nmagazzino, Magazzino ;  inventario ',
  niceToHaveSkills: '',
  contractType: 'TEMPO_DETERMINATO',
  hoursPerWeek: '30',
  shifts: ['NIGHT', 'MORNING'],
  italianLevel: 'A2',
  startDate: '2026-12-01',
};

describe('staffing-need form → API input', () => {
  it('splits skills on lines, commas and semicolons, trims them and keeps the first of repeats (any case)', () => {
    expect(parseSkills('a\n b ,B;; c  d \n\n')).toEqual(['a', 'b', 'c d']);
    expect(parseSkills('   ')).toEqual([]);
  });

  it('converts what was typed: numbers, trimmed texts, empty optional fields as null, shifts in a stable order', () => {
    const { input, problems } = toVacancyInput(filled);
    expect(problems).toEqual({});
    expect(input).toEqual({
      title: 'Magazziniere',
      municipalityCode: '037006',
      openings: 3,
      tasks: null,
      occupationCode: null,
      requiredSkills: ['carrello elevatore', 'magazzino', 'inventario'],
      niceToHaveSkills: [],
      contractType: 'TEMPO_DETERMINATO',
      hoursPerWeek: 30,
      shifts: ['MORNING', 'NIGHT'],
      italianLevel: 'A2',
      startDate: '2026-12-01',
      maxDistanceKm: 40,
      drivingLicenceRequired: false,
      ownVehicleRequired: false,
    });
  });

  it('leaves ranges to the API (60 hours is sent as 60) but stops text that is no whole number', () => {
    expect(toVacancyInput({ ...filled, hoursPerWeek: '60' })).toMatchObject({ problems: {}, input: { hoursPerWeek: 60 } });
    expect(toVacancyInput({ ...filled, hoursPerWeek: '30,5', maxDistanceKm: 'tanti' }).problems).toEqual({
      hoursPerWeek: 'wholeNumber',
      maxDistanceKm: 'wholeNumber',
    });
  });

  it('requires the position, the municipality and the openings', () => {
    const { problems } = toVacancyInput({ ...EMPTY_VACANCY_FORM, title: '   ', openings: '' });
    expect(problems).toEqual({ title: 'required', municipalityCode: 'required', openings: 'required' });
    expect(firstErrorField({ openings: 'x', title: 'y' })).toBe('title');
    expect(firstErrorField({})).toBeUndefined();
  });

  it('fills the edit form from a vacancy and gives back the same input (nothing lost on the way)', () => {
    const vacancy = {
      title: 'Addetto/a alle pulizie',
      municipalityCode: '037060',
      openings: 4,
      tasks: 'Pulizia uffici',
      occupationCode: '9112.1',
      requiredSkills: ['pulizia industriale', 'uso di detergenti professionali'],
      niceToHaveSkills: ['uso lavasciuga'],
      contractType: 'TEMPO_DETERMINATO',
      hoursPerWeek: 30,
      shifts: ['EVENING', 'MORNING'],
      italianLevel: 'A2',
      startDate: null,
      maxDistanceKm: 40,
      drivingLicenceRequired: false,
      ownVehicleRequired: true,
    };
    const form = fromVacancy(vacancy);
    expect(form.requiredSkills).toBe('pulizia industriale\nuso di detergenti professionali');
    expect(form.startDate).toBe('');
    expect(toVacancyInput(form).input).toEqual({ ...vacancy, shifts: ['MORNING', 'EVENING'] });
  });

  it('ignores enum values the form does not know', () => {
    const form = fromVacancy({ ...fromVacancyBase, contractType: 'SOMETHING_NEW', italianLevel: null });
    expect(form.contractType).toBe('');
    expect(form.italianLevel).toBe('');
  });
});

const fromVacancyBase = {
  title: 'X',
  municipalityCode: '037006',
  openings: 1,
  requiredSkills: [],
  niceToHaveSkills: [],
  shifts: [],
  maxDistanceKm: 40,
  drivingLicenceRequired: false,
  ownVehicleRequired: false,
};

describe('vacancy status actions (the API transitions a company may use)', () => {
  it.each([
    ['DRAFT', ['OPEN', 'CLOSED']],
    ['OPEN', ['CLOSED']],
    ['FILLED', ['OPEN', 'CLOSED']],
    ['CLOSED', ['OPEN']],
    ['SOMETHING', []],
  ])('%s → %j', (status, actions) => {
    expect(vacancyStatusActions(status)).toEqual(actions);
  });
});
