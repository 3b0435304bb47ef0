import { describe, expect, it } from 'vitest';
import { DomainError } from '@ixl/subgraph-kit';
import { normaliseSkills, validateVacancyFields } from './vacancy.rules.js';
import { isIsoDate } from '@ixl/calendar';

const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.field;
    throw e;
  }
  return undefined;
};

describe('vacancy validation', () => {
  it('fills defaults on posting and normalises skills', () => {
    const v = validateVacancyFields(
      { title: '  Magazziniere ', municipalityCode: '037006', requiredSkills: ['Picking', 'picking', ' Uso  RF '] },
      null,
    );
    expect(v).toMatchObject({
      title: 'Magazziniere',
      requiredSkills: ['picking', 'uso rf'],
      openings: 1,
      maxDistanceKm: 40,
      shifts: [],
      italianLevel: null,
    });
  });

  it('keeps current values for omitted fields and clears nullable ones given as null', () => {
    const base = validateVacancyFields({ title: 'Magazziniere', municipalityCode: '037006', hoursPerWeek: 30, openings: 4 }, null);
    const next = validateVacancyFields({ hoursPerWeek: null, title: null }, base);
    expect(next).toMatchObject({ title: 'Magazziniere', hoursPerWeek: null, openings: 4 });
  });

  it.each([
    ['title', { title: 'x' }],
    ['municipalityCode', { municipalityCode: '999999' }],
    ['occupationCode', { occupationCode: 'driver' }],
    ['hoursPerWeek', { hoursPerWeek: 0 }],
    ['openings', { openings: 1.5 }],
    ['startDate', { startDate: '2026-02-29' }],
    ['niceToHaveSkills', { requiredSkills: ['a'], niceToHaveSkills: ['A'] }],
  ])('names the wrong field: %s', (field, patch) => {
    expect(fieldOf(() => validateVacancyFields({ title: 'Magazziniere', municipalityCode: '037006', ...patch }, null))).toBe(field);
  });

  it('accepts ESCO codes and URIs', () => {
    expect(
      fieldOf(() => validateVacancyFields({ title: 'Autista', municipalityCode: '037006', occupationCode: '8331.1' }, null)),
    ).toBeUndefined();
    expect(
      fieldOf(() =>
        validateVacancyFields(
          {
            title: 'Autista',
            municipalityCode: '037006',
            occupationCode: 'http://data.europa.eu/esco/occupation/a7a7b1b5-1234-4c4f-9d1e-0123456789ab',
          },
          null,
        ),
      ),
    ).toBeUndefined();
  });

  it('checks calendar dates and skill limits', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(() =>
      normaliseSkills(
        'requiredSkills',
        Array.from({ length: 51 }, (_, i) => `s${i}`),
      ),
    ).toThrow(DomainError);
  });
});
