import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  EMPTY_REGISTRATION,
  FORM_STEPS,
  municipalityOptions,
  stepOfField,
  toRegisterInput,
  validateStep,
  type RegistrationValues,
} from '../src/features/registration/registration-form.js';
import { registrationFailure } from '../src/features/registration/registration-errors.js';
import { matchReasons } from '../src/features/offers/match-reasons.js';
import { checkDocumentFile } from '../src/features/documents/document-files.js';
import { exportFileName } from '../src/features/my-data/data-export.js';

// RSSMRA85T10A562S: a valid codice fiscale (man born 10 Dec 1985).
const filled: RegistrationValues = {
  ...EMPTY_REGISTRATION,
  firstName: ' Mario ',
  lastName: 'Rossi',
  birthDate: '1985-12-10',
  sex: 'M',
  codiceFiscale: 'rssmra85t10a562s',
  citizenship: 'it',
  municipalityCode: '037006',
  email: ' mario@example.org ',
  phone: '',
  password: 'abbastanza-lunga',
  privacyConsent: true,
};

describe('registration steps', () => {
  it('asks for every required field of the first step, and only of that step', () => {
    const errors = validateStep(0, EMPTY_REGISTRATION);
    expect(errors).toEqual({
      firstName: 'error.required',
      lastName: 'error.required',
      birthDate: 'error.required',
      sex: 'error.required',
      codiceFiscale: 'error.required',
    });
  });

  it('accepts a complete form step by step', () => {
    for (let i = 0; i < FORM_STEPS.length; i++) expect(validateStep(i, filled)).toEqual({});
  });

  it('tells a malformed codice fiscale from a wrong check character, and leaves birth-date consistency to the server', () => {
    expect(validateStep(0, { ...filled, codiceFiscale: 'RSSMRA85' }).codiceFiscale).toBe('register.error.cfFormat');
    expect(validateStep(0, { ...filled, codiceFiscale: 'RSSMRA85T10A562T' }).codiceFiscale).toBe('register.error.cfCheck');
    expect(validateStep(0, { ...filled, birthDate: '1985-12-11' })).toEqual({});
  });

  it('checks contacts: municipality of the 55, email, optional phone, password length', () => {
    expect(validateStep(1, { ...filled, municipalityCode: '058091', email: 'not-an-email', phone: 'abc', password: 'short' })).toEqual({
      municipalityCode: 'register.error.municipality',
      email: 'register.error.email',
      phone: 'register.error.phone',
      password: 'register.error.password',
    });
    expect(validateStep(1, { ...filled, phone: '+39 333 1234567' })).toEqual({});
  });

  it('needs the privacy consent; sharing the CV stays optional', () => {
    expect(validateStep(2, { ...filled, privacyConsent: false })).toEqual({ privacyConsent: 'register.error.consent' });
    expect(validateStep(2, { ...filled, cvShareConsent: false })).toEqual({});
  });

  it('offers the 55 municipalities of the Città metropolitana, by name', () => {
    const options = municipalityOptions();
    expect(options).toHaveLength(55);
    expect(options.find((o) => o.value === '037006')?.label).toBe('Bologna');
    expect(options.map((o) => o.label)).toEqual([...options.map((o) => o.label)].sort((a, b) => a.localeCompare(b, 'it')));
  });

  it('builds the API input: trimmed, upper-case codes, the notice version, no empty phone', () => {
    const input = toRegisterInput(filled, '2026-01');
    expect(input).toMatchObject({
      firstName: 'Mario',
      codiceFiscale: 'RSSMRA85T10A562S',
      citizenship: 'IT',
      email: 'mario@example.org',
      privacyConsent: true,
      privacyNoticeVersion: '2026-01',
      sex: 'M',
    });
    expect('phone' in input).toBe(false);
  });

  it('maps API fields to the step that shows them (dotted paths and aliases too)', () => {
    expect(stepOfField('codiceFiscale')).toBe(0);
    expect(stepOfField('input.email')).toBe(1);
    expect(stepOfField('municipalityName')).toBe(1);
    expect(stepOfField('privacyNoticeVersion')).toBe(2);
    expect(stepOfField('limit')).toBe(-1);
    expect(stepOfField(undefined)).toBe(-1);
  });
});

describe('registration errors from the API', () => {
  const apiError = (errors: { message: string; extensions: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ errors });

  // The wizard never reads the API's English message: it keeps the reason and params, described when shown.
  const describe = (
    s: { error?: { code: string; reason?: string | undefined; params?: Readonly<Record<string, unknown>> | undefined } } | undefined,
  ) =>
    s?.error
      ? `${s.error.reason ?? s.error.code}${s.error.params && Object.keys(s.error.params).length ? JSON.stringify(s.error.params) : ''}`
      : undefined;

  it('puts a codice fiscale refusal next to the field, on step 1, described from its reason', () => {
    const failure = registrationFailure(
      apiError([
        {
          message: 'does not match',
          extensions: { code: 'BAD_USER_INPUT', field: 'codiceFiscale', reason: 'CODICE_FISCALE_BIRTH_DATE_MISMATCH', params: {} },
        },
      ]),
    );
    expect(failure.step).toBe(0);
    expect(describe(failure.fields.codiceFiscale)).toBe('CODICE_FISCALE_BIRTH_DATE_MISMATCH');
    expect(failure.general).toEqual([]);
  });

  it('sends a taken email back to the contacts step; errors without a field stay general', () => {
    const failure = registrationFailure(
      apiError([
        { message: 'exists', extensions: { code: 'CONFLICT', field: 'email', reason: 'EMAIL_TAKEN' } },
        { message: 'slow down', extensions: { code: 'RATE_LIMITED', reason: 'LOGIN_RATE_LIMITED', params: { retryAfterSeconds: 510 } } },
      ]),
    );
    expect(failure.step).toBe(1);
    expect(failure.fields.email?.key).toBe('register.error.emailTaken');
    expect(failure.general.map(describe)).toEqual(['LOGIN_RATE_LIMITED{"retryAfterSeconds":510}']);
  });

  it('goes back to the earliest step in error; an error without a reason is described from its code', () => {
    const failure = registrationFailure(
      apiError([
        { message: 'Enter a phone number', extensions: { code: 'BAD_USER_INPUT', field: 'phone', reason: 'PHONE_FORMAT' } },
        { message: 'Use the two-letter code', extensions: { code: 'BAD_USER_INPUT', field: 'citizenship' } },
      ]),
    );
    expect(failure.step).toBe(0);
    expect(describe(failure.fields.phone)).toBe('PHONE_FORMAT');
    expect(describe(failure.fields.citizenship)).toBe('BAD_USER_INPUT');
  });
});

describe('why an offer matches', () => {
  const base = {
    matchedSkills: ['haccp'],
    missingSkills: [],
    matchedNiceToHave: [],
    italianFit: 'MEETS',
    distanceKm: 12.4,
    maxDistanceKm: 30,
    matchedShifts: ['MORNING'],
    missingShifts: [],
    availableHoursPerWeek: 20,
    requiredHoursPerWeek: 30,
    contractFit: true,
  };

  it('lists skills, distance, Italian, shifts, hours and contract', () => {
    expect(matchReasons(base).map((r) => r.key)).toEqual([
      'offers.reason.skills',
      'offers.reason.distance',
      'offers.reason.italianOk',
      'offers.reason.shifts',
      'offers.reason.hoursShort',
      'offers.reason.contract',
    ]);
    expect(matchReasons(base)[1]?.vars).toEqual({ km: 12, max: 30 });
  });

  it('says what is missing and leaves out what does not apply', () => {
    const keys = matchReasons({
      ...base,
      matchedSkills: [],
      missingSkills: ['muletto'],
      italianFit: 'BELOW',
      matchedShifts: [],
      requiredHoursPerWeek: null,
      contractFit: false,
    }).map((r) => r.key);
    expect(keys).toEqual(['offers.reason.distance', 'offers.reason.italianBelow', 'offers.reason.missingSkills']);
  });
});

describe('files', () => {
  it('refuses no file, an empty file and one over 5 MiB before sending', () => {
    expect(checkDocumentFile(null)).toBe('documents.error.noFile');
    expect(checkDocumentFile(new File([], 'a.pdf'))).toBe('documents.error.empty');
    expect(checkDocumentFile(new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.pdf'))).toBe('documents.error.tooLarge');
    expect(checkDocumentFile(new File(['%PDF-1.4'], 'cv.pdf'))).toBeNull();
  });

  it('names the export after the server, else after the day', () => {
    expect(exportFileName(`attachment; filename*=UTF-8''miei%20dati.json`, '2026-11-22')).toBe('miei dati.json');
    expect(exportFileName('attachment; filename="export.json"', '2026-11-22')).toBe('export.json');
    expect(exportFileName(null, '2026-11-22')).toBe('ixl-miei-dati-2026-11-22.json');
  });
});
