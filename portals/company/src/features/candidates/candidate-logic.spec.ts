import { describe, expect, it } from 'vitest';
import { candidateName, companyActions, describeLiveChange, matchReasons } from './candidate-logic.js';

const vacancy = {
  requiredSkills: ['pulizia industriale', 'uso di detergenti professionali'],
  niceToHaveSkills: ['uso lavasciuga'],
  italianLevel: 'A2',
  shifts: ['MORNING', 'EVENING'],
  hoursPerWeek: 30,
};

describe('what a company can do with a candidate (the API pipeline)', () => {
  it.each([
    ['PROPOSED', ['INTERVIEW', 'REJECTED_BY_COMPANY']],
    ['CV_SENT', ['INTERVIEW', 'REJECTED_BY_COMPANY']],
    ['INTERVIEW', ['HIRED', 'REJECTED_BY_COMPANY']],
    ['HIRED', []],
    ['REJECTED_BY_COMPANY', []],
    ['DECLINED_BY_CANDIDATE', []],
    ['SHORTLISTED', []],
  ])('%s → %j', (status, actions) => {
    expect(companyActions(status)).toEqual(actions);
  });
});

describe('why a candidate was proposed', () => {
  it('lists matched and missing skills (case-insensitive), Italian, shifts and hours', () => {
    const reasons = matchReasons(vacancy, {
      skills: ['Pulizia industriale', 'uso lavasciuga'],
      italianLevel: 'B1',
      shifts: ['MORNING'],
      availableHoursPerWeek: 25,
    });
    expect(reasons).toEqual([
      { key: 'requiredSkills', good: true, skills: ['pulizia industriale'] },
      { key: 'missingSkills', good: false, skills: ['uso di detergenti professionali'] },
      { key: 'niceToHave', good: true, skills: ['uso lavasciuga'] },
      { key: 'italianMeets', good: true, level: 'B1', required: 'A2' },
      { key: 'shifts', good: true, shifts: ['MORNING'] },
      { key: 'missingShifts', good: false, shifts: ['EVENING'] },
      { key: 'fewerHours', good: false, hours: 25, requiredHours: 30 },
    ]);
  });

  it('says when the Italian level is below the requirement; a native speaker meets any', () => {
    expect(
      matchReasons(
        { ...vacancy, requiredSkills: [], niceToHaveSkills: [], shifts: [], hoursPerWeek: null },
        { skills: [], italianLevel: 'A1', shifts: [] },
      ),
    ).toEqual([{ key: 'italianBelow', good: false, level: 'A1', required: 'A2' }]);
    expect(matchReasons({ ...vacancy, italianLevel: 'C2' }, { skills: [], italianLevel: 'NATIVE', shifts: [] })).toContainEqual({
      key: 'italianMeets',
      good: true,
      level: 'NATIVE',
      required: 'C2',
    });
  });

  it('claims nothing it cannot know (no requirement, or nothing declared)', () => {
    expect(
      matchReasons(
        { requiredSkills: [], niceToHaveSkills: [], shifts: [] },
        { skills: ['x'], shifts: ['NIGHT'], italianLevel: 'B2', availableHoursPerWeek: 40 },
      ),
    ).toEqual([]);
    expect(matchReasons(vacancy, { skills: [], shifts: [] })).toEqual([
      { key: 'missingSkills', good: false, skills: vacancy.requiredSkills },
    ]);
  });
});

describe('live changes on the candidates page', () => {
  const known = new Set(['c1']);
  const ev = (id: string, status: string, vacancyId = 'v1') => ({
    id,
    status,
    firstName: 'Fatima',
    initials: 'F. E.',
    vacancy: { id: vacancyId },
  });

  it('ignores other vacancies', () => {
    expect(describeLiveChange('v1', known, ev('c9', 'PROPOSED', 'v2'))).toBeNull();
  });

  it('a new candidate (or one proposed again) is "proposed"; a known one moving on is "changed"', () => {
    expect(describeLiveChange('v1', known, ev('c2', 'PROPOSED'))).toEqual({
      kind: 'proposed',
      id: 'c2',
      name: 'Fatima E.',
      status: 'PROPOSED',
    });
    expect(describeLiveChange('v1', known, ev('c1', 'INTERVIEW'))).toEqual({
      kind: 'changed',
      id: 'c1',
      name: 'Fatima E.',
      status: 'INTERVIEW',
    });
  });

  it('names a candidate by first name and last initial, or by the initials alone', () => {
    expect(candidateName({ firstName: 'Ioana', initials: 'I. P.' })).toBe('Ioana P.');
    expect(candidateName({ firstName: 'Ioana', initials: 'I.' })).toBe('Ioana');
    expect(candidateName({ firstName: null, initials: null })).toBe('—');
  });
});
