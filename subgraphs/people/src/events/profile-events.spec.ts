import { describe, expect, it } from 'vitest';
import { Beneficiary, BeneficiaryStatus, Sex } from '../entities/beneficiary.entity.js';
import { FragilityProfile, LanguageLevel, Readiness, WorkShift } from '../entities/enums.js';
import { validateProfileInput } from '../services/profile.rules.js';
import { matchingProfileOf, skillKeysOf } from './profile-events.js';

function person(): Beneficiary {
  const b = new Beneficiary();
  Object.assign(b, {
    id: '2f1d4f4e-8b1c-4c65-9d55-9a1f0d7b9a10',
    firstName: 'Fatima',
    lastName: 'el Amrani',
    codiceFiscale: 'LMRFTM90A41Z330X',
    birthDate: '1990-01-01',
    sex: Sex.F,
    citizenship: 'MA',
    municipalityCode: '037006',
    status: BeneficiaryStatus.IN_TARGET,
    profile: FragilityProfile.IN_TARGET,
    readiness: Readiness.PRONTO,
    italianLevel: LanguageLevel.B1,
    skills: [
      { label: '  Pulizia   Industriale ', escoCode: null },
      { label: 'Magazzino', escoCode: 'http://data.europa.eu/esco/skill/x1' },
    ],
    pastJobs: [{ title: 'Addetta pulizie', escoOccupationCode: '9112.1', employer: null, fromYear: 2019, toYear: 2021 }],
    desiredOccupations: ['9333.1'],
    shifts: [WorkShift.MORNING],
    availableHoursPerWeek: 30,
    drivingLicence: false,
    ownVehicle: false,
    contractWishes: ['TEMPO_DETERMINATO'],
    cvShareConsent: true,
  });
  return b;
}

describe('matching profile snapshot', () => {
  it('carries what matching needs and nothing identifying beyond first name and initial', () => {
    const p = matchingProfileOf(person());
    expect(p).toMatchObject({
      firstName: 'Fatima',
      lastInitial: 'E',
      birthYear: 1990,
      birthDate: '1990-01-01',
      status: 'IN_TARGET',
      profile: 'IN_TARGET',
      readiness: 'PRONTO',
      italianLevel: 'B1',
      skills: ['pulizia industriale', 'http://data.europa.eu/esco/skill/x1'],
      occupations: ['9112.1', '9333.1'],
      cvShareConsent: true,
    });
    expect(JSON.stringify(p)).not.toMatch(/LMRFTM|Amrani|@/);
    expect(skillKeysOf(person())).toEqual(['pulizia industriale', 'magazzino', 'http://data.europa.eu/esco/skill/x1']);
  });
});

describe('profile input rules', () => {
  it('derives the Italian level from the languages and keeps omitted fields untouched', () => {
    const c = validateProfileInput({
      languages: [
        { language: 'IT', level: LanguageLevel.B2 },
        { language: 'ar', level: LanguageLevel.NATIVE },
      ],
    });
    expect(c.italianLevel).toBe(LanguageLevel.B2);
    expect(c).not.toHaveProperty('skills');
    expect(validateProfileInput({ phone: '' }).phone).toBeNull();
    expect(validateProfileInput({ domicileMunicipalityCode: '058091' })).toMatchObject({
      domicileMunicipalityCode: '058091',
      domicileInArea: false,
    });
  });
  it('names the field at fault', () => {
    expect(() => validateProfileInput({ availableHoursPerWeek: 0 })).toThrow(/hours/);
    expect(() => validateProfileInput({ contractWishes: ['STAGE'] })).toThrow(/contract type/);
    expect(() => validateProfileInput({ pastJobs: [{ title: 'x', fromYear: 1800 }] })).toThrow(/year/);
  });
});
