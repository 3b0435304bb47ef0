import { describe, expect, it } from 'vitest';
import {
  MATCH_WEIGHTS,
  bestScoreMissingARequiredSkill,
  explainComponents,
  italianFit,
  maxTotal,
  skillPoints,
  summarise,
} from './score-formula.js';
import { buildMatchQuery } from './matching.sql.js';

describe('the matching score formula', () => {
  it('has weights that sum to 100', () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('grades Italian against the requirement', () => {
    expect(italianFit(3, 0)).toBe('NOT_REQUIRED');
    expect(italianFit(0, 3)).toBe('UNKNOWN');
    expect(italianFit(4, 3)).toBe('MEETS');
    expect(italianFit(2, 3)).toBe('ONE_LEVEL_BELOW');
    expect(italianFit(1, 3)).toBe('BELOW');
  });

  it('explains each component in the order of the weights', () => {
    const e = {
      points: { requiredSkills: 22.5, niceToHaveSkills: 0, italian: 7.5, distance: 12.86, availability: 5.83, contract: 0 },
      matchedSkills: ['picking'],
      missingSkills: ['imballaggio'],
      matchedNiceToHave: [],
      italianFit: 'ONE_LEVEL_BELOW' as const,
      italianLevel: 'A2',
      requiredItalianLevel: 'B1',
      distanceKm: 5.71,
      maxDistanceKm: 40,
      matchedShifts: ['MORNING'],
      missingShifts: ['EVENING'],
      availableHoursPerWeek: 20,
      requiredHoursPerWeek: 30,
      contractFit: false,
    };
    const parts = explainComponents(e);
    expect(parts.map((p) => [p.name, p.weight, p.points])).toEqual([
      ['requiredSkills', 45, 22.5],
      ['niceToHaveSkills', 10, 0],
      ['italian', 15, 7.5],
      ['distance', 15, 12.9],
      ['availability', 10, 5.8],
      ['contract', 5, 0],
    ]);
    expect(parts[0]?.detail).toBe('1/2 required skills; missing: imballaggio');
    expect(summarise(49, e)).toMatch(/^score 49\/100; requiredSkills 22.5\/45/);
  });

  it('binds every value of the ranking query as a parameter, in textual order', () => {
    const { sql, params } = buildMatchQuery({
      vacancyId: 'v',
      lat: 44.5,
      lon: 11.3,
      maxDistanceKm: 40,
      requiredSkills: ["o'brien"],
      niceToHaveSkills: [],
      occupationCode: null,
      italianRank: 3,
      drivingLicenceRequired: true,
      ownVehicleRequired: false,
      shifts: [],
      hoursPerWeek: null,
      contractType: null,
      limit: 7,
    });
    expect(sql).not.toContain("o'brien");
    expect(sql.split('?').length - 1).toBe(params.length);
    expect(params.at(-1)).toBe(7);
    expect(params[0]).toBe('{"o\'brien"}'); // the explanation arrays (top rows only) come first in the text
    expect(params).toContain(40); // the radius (distance points and filter)
    expect(sql).toContain('and m."driving_licence"');
  });
});

describe('bestScoreMissingARequiredSkill (the bound behind the ranking tiers)', () => {
  it('is every other weight plus the required-skill points still reachable', () => {
    expect(bestScoreMissingARequiredSkill(2)).toBe(77.5);
    expect(bestScoreMissingARequiredSkill(4)).toBe(88.75);
    expect(bestScoreMissingARequiredSkill(1)).toBe(55);
    expect(bestScoreMissingARequiredSkill(3, 3)).toBe(55);
    expect(bestScoreMissingARequiredSkill(3, 9)).toBe(55);
    expect(bestScoreMissingARequiredSkill(0)).toBe(55);
  });
});

describe('skillPoints and maxTotal (the caps behind the top tier)', () => {
  it('gives the required and nice-to-have points of the formula, full when none is listed', () => {
    expect(skillPoints(2, 2, 1, 1)).toBe(55);
    expect(skillPoints(1, 2, 1, 1)).toBe(32.5);
    expect(skillPoints(2, 2, 0, 1)).toBe(45);
    expect(skillPoints(0, 0, 1, 2)).toBe(50);
    expect(skillPoints(0, 0, 0, 0)).toBe(55);
  });

  it('adds every other component at full weight and the distance points of the municipality', () => {
    expect(maxTotal(55, 0, 40)).toBe(100);
    expect(maxTotal(32.5, 0, 40)).toBe(77.5);
    expect(maxTotal(45, 10, 40)).toBe(86.25);
    expect(maxTotal(45, 50, 40)).toBe(75);
  });
});
