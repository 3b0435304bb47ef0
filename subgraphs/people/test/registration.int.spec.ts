import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';
import { buildCodiceFiscale } from '@ixl/territory';
import { countRows, eventsOf, peopleCounts, REGISTER, registerPerson, registrationInput } from './factories.js';

let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack();
});
afterAll(async () => {
  await t?.stop();
});

const register = (input: Record<string, unknown>) =>
  t.graphql<{
    registerBeneficiary: {
      token: string;
      beneficiary: {
        id: string;
        status: string;
        outOfArea: boolean;
        interviewSla: { dueDate: string; daysWaited: number; overdue: boolean };
      };
      user: { role: string; beneficiaryId: string };
    };
  }>(REGISTER, { variables: { input } });

describe('registerBeneficiary (public)', () => {
  it('creates the person, the BENEFICIARY account, the history and the events in one go, and logs the person in', async () => {
    const input = registrationInput();
    const r = await register(input);
    expect(r.errors).toBeUndefined();
    const reg = r.data?.registerBeneficiary;
    expect(reg?.user).toEqual({ role: 'BENEFICIARY', beneficiaryId: reg?.beneficiary.id });
    expect(reg?.beneficiary).toMatchObject({ status: 'REGISTERED', outOfArea: false, interviewSla: { daysWaited: 0, overdue: false } });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
    const due = new Date(`${today}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 15);
    expect(reg?.beneficiary.interviewSla.dueDate).toBe(due.toISOString().slice(0, 10));
    const id = reg?.beneficiary.id ?? '';
    const me = await t.graphql<{
      myBeneficiary: { id: string; skills: { label: string }[]; privacyNoticeVersion: string; referringBody: string };
    }>('{ myBeneficiary { id skills { label } privacyNoticeVersion referringBody } }', { token: reg?.token });
    expect(me.data?.myBeneficiary).toMatchObject({ id, privacyNoticeVersion: '2026-01', referringBody: 'CARITAS' });
    expect(me.data?.myBeneficiary.skills).toHaveLength(2);
    const events = await eventsOf(t, id);
    expect(events.map((e) => e.type)).toEqual(['BeneficiaryRegistered', 'BeneficiaryProfileChanged']);
    const profile = events[1]?.payload.profile as Record<string, unknown>;
    expect(profile).toMatchObject({
      beneficiaryId: id,
      status: 'REGISTERED',
      italianLevel: 'C2',
      drivingLicence: true,
      availableHoursPerWeek: 30,
      skills: ['pulizie industriali', 'http://data.europa.eu/esco/skill/abc-123'],
    });
    expect(profile).not.toHaveProperty('codiceFiscale');
    expect(await countRows(t, 'status_change', 'beneficiary_id = ?', [id])).toBe(1);
  });

  it('accepts a municipality outside the Città metropolitana, flagged out of area', async () => {
    const r = await register(registrationInput({ municipalityCode: '058091', municipalityName: 'Roma' }));
    expect(r.errors).toBeUndefined();
    expect(r.data?.registerBeneficiary.beneficiary.outOfArea).toBe(true);
    const domiciled = await register(
      registrationInput({ municipalityCode: '058091', municipalityName: 'Roma', domicileMunicipalityCode: '037054' }),
    );
    expect(domiciled.data?.registerBeneficiary.beneficiary.outOfArea).toBe(false);
  });

  const bad: [string, Record<string, unknown>, string, string][] = [
    ['refused consent', { privacyConsent: false }, 'BAD_USER_INPUT', 'privacyConsent'],
    ['an old privacy notice', { privacyNoticeVersion: '2019-01' }, 'BAD_USER_INPUT', 'privacyNoticeVersion'],
    ['a malformed codice fiscale', { codiceFiscale: 'RSSMRA80A01' }, 'BAD_USER_INPUT', 'codiceFiscale'],
    ['a wrong check character', { codiceFiscale: 'RSSGLI80A41A944Z' }, 'BAD_USER_INPUT', 'codiceFiscale'],
    [
      'a codice fiscale of another birth date',
      {
        birthDate: '1960-05-05',
        codiceFiscale: buildCodiceFiscale({ surname: 'Rossi', name: 'Giulia', birthDate: '1970-05-05', sex: 'F', birthPlaceCode: 'A944' }),
      },
      'BAD_USER_INPUT',
      'codiceFiscale',
    ],
    [
      'a codice fiscale of the other sex',
      {
        lastName: 'Rossi',
        firstName: 'Giulia',
        birthDate: '1970-05-05',
        sex: 'M',
        codiceFiscale: buildCodiceFiscale({ surname: 'Rossi', name: 'Giulia', birthDate: '1970-05-05', sex: 'F', birthPlaceCode: 'A944' }),
      },
      'BAD_USER_INPUT',
      'codiceFiscale',
    ],
    ['an unknown municipality of the province', { municipalityCode: '037999' }, 'BAD_USER_INPUT', 'municipalityCode'],
    ['a municipality code that is no ISTAT code', { municipalityCode: 'Bologna' }, 'BAD_USER_INPUT', 'municipalityCode'],
    ['an out-of-area municipality without a name', { municipalityCode: '058091' }, 'BAD_USER_INPUT', 'municipalityName'],
    ['an unknown domicile', { domicileMunicipalityCode: '999999' }, 'BAD_USER_INPUT', 'domicileMunicipalityCode'],
    ['a short password', { password: 'short' }, 'BAD_USER_INPUT', 'password'],
    ['a minor', { birthDate: '2015-01-01' }, 'BAD_USER_INPUT', 'birthDate'],
    ['a bad email', { email: 'nope' }, 'BAD_USER_INPUT', 'email'],
    ['too many weekly hours', { availableHoursPerWeek: 90 }, 'BAD_USER_INPUT', 'availableHoursPerWeek'],
    ['an unknown contract wish', { contractWishes: ['FOREVER'] }, 'BAD_USER_INPUT', 'contractWishes'],
  ];
  it.each(bad)('refuses %s with a clear error and stores nothing', async (_label, overrides, code, field) => {
    const before = await peopleCounts(t);
    const input = registrationInput(overrides);
    const r = await register(input);
    expect(r.data).toBeNull();
    expect(errorCodes(r)).toEqual([code]);
    expect(r.errors?.[0]?.extensions?.field).toBe(field);
    expect(await peopleCounts(t)).toEqual(before);
  });

  it('refuses a duplicate codice fiscale or email with CONFLICT, writing nothing', async () => {
    const first = await registerPerson(t);
    const before = await peopleCounts(t);
    const sameCf = await register(
      registrationInput({ codiceFiscale: first.input.codiceFiscale, birthDate: first.input.birthDate, sex: first.input.sex }),
    );
    expect(errorCodes(sameCf)).toEqual(['CONFLICT']);
    expect(sameCf.errors?.[0]?.extensions?.field).toBe('codiceFiscale');
    const sameEmail = await register(registrationInput({ email: String(first.input.email).toUpperCase() }));
    expect(errorCodes(sameEmail)).toEqual(['CONFLICT']);
    expect(sameEmail.errors?.[0]?.extensions?.field).toBe('email');
    expect(await peopleCounts(t)).toEqual(before);
  });
});

describe('registration races', () => {
  it('lets exactly one of two simultaneous registrations with the same codice fiscale through', async () => {
    const input = registrationInput();
    const before = await countRows(t, 'beneficiary');
    const results = await Promise.all([register(input), register({ ...input, email: `twin-${String(input.email)}` })]);
    expect(results.map((r) => (r.errors ? r.errors[0]?.extensions?.code : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await countRows(t, 'beneficiary')).toBe(before + 1);
    expect(await countRows(t, 'user_account', 'email in (?, ?)', [input.email, `twin-${String(input.email)}`])).toBe(1);
  });
});

describe('profile editing and reading rights', () => {
  it('refuses bad profile changes with the field named, changing nothing', async () => {
    const a = await registerPerson(t);
    const update =
      'mutation($id: ID!, $input: BeneficiaryProfileInput!) { updateBeneficiaryProfile(beneficiaryId: $id, input: $input) { id } }';
    const before = await peopleCounts(t);
    for (const [input, field] of [
      [{ domicileMunicipalityCode: '037998' }, 'domicileMunicipalityCode'],
      [{ skills: [{ label: 'Saldatura', escoCode: 'not an esco code!' }] }, 'skills.0.escoCode'],
      [{ skills: [{ label: '   ' }] }, 'skills.0.label'],
      [{ languages: [{ language: 'italiano', level: 'B1' }] }, 'languages.0.language'],
      [{ pastJobs: [{ title: 'Cuoco', fromYear: 2020, toYear: 2019 }] }, 'pastJobs.0.toYear'],
      [{ phone: 'call me maybe' }, 'phone'],
    ] as [Record<string, unknown>, string][]) {
      const r = await t.graphql(update, { token: a.token, variables: { id: a.id, input } });
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(await peopleCounts(t)).toEqual(before);
  });

  it('lets a beneficiary edit itself (new profile event) but not another person, and never read another person', async () => {
    const a = await registerPerson(t);
    const b = await registerPerson(t);
    const update =
      'mutation($id: ID!, $input: BeneficiaryProfileInput!) { updateBeneficiaryProfile(beneficiaryId: $id, input: $input) { id skills { label escoCode } shifts ownVehicle } }';
    const ok = await t.graphql<{ updateBeneficiaryProfile: { skills: unknown[]; ownVehicle: boolean } }>(update, {
      token: a.token,
      variables: { id: a.id, input: { skills: [{ label: 'Saldatura' }], ownVehicle: true } },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.updateBeneficiaryProfile).toMatchObject({ skills: [{ label: 'Saldatura', escoCode: null }], ownVehicle: true });
    const last = (await eventsOf(t, a.id)).at(-1);
    expect(last?.type).toBe('BeneficiaryProfileChanged');
    expect((last?.payload.profile as { skills: string[] }).skills).toEqual(['saldatura']);

    const before = await peopleCounts(t);
    const other = await t.graphql(update, { token: a.token, variables: { id: b.id, input: { ownVehicle: true } } });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    const read = await t.graphql<{ beneficiary: unknown }>('query($id: ID!) { beneficiary(id: $id) { id firstName } }', {
      token: a.token,
      variables: { id: b.id },
    });
    expect(errorCodes(read)).toEqual(['FORBIDDEN']);
    expect(read.data?.beneficiary ?? null).toBeNull();
    expect(await peopleCounts(t)).toEqual(before);
  });

  it('hides fragility fields and staff data from the person itself, and people from companies', async () => {
    const a = await registerPerson(t);
    const own = await t.graphql<{ beneficiary: { id: string; profile: unknown } }>(
      'query($id: ID!) { beneficiary(id: $id) { id status profile } }',
      { token: a.token, variables: { id: a.id } },
    );
    expect(own.data?.beneficiary.id).toBe(a.id);
    expect(own.data?.beneficiary.profile).toBeNull();
    expect(errorCodes(own)).toEqual(['FORBIDDEN']);
    for (const field of [
      'readiness',
      'assessments { score }',
      'statusHistory { to }',
      'contactAttempts { at }',
      'fuoriProtocolloProposal { propose }',
    ]) {
      const r = await t.graphql('query($id: ID!) { beneficiary(id: $id) { id ' + field + ' } }', {
        token: a.token,
        variables: { id: a.id },
      });
      expect(errorCodes(r)).toEqual(['FORBIDDEN']);
    }
    const company = await t.tokenFor('COMPANY');
    const c = await t.graphql('query($id: ID!) { beneficiary(id: $id) { id firstName } }', { token: company, variables: { id: a.id } });
    expect(errorCodes(c)).toEqual(['FORBIDDEN']);
    const list = await t.graphql('{ beneficiaries(first: 5) { totalCount } }', { token: company });
    expect(errorCodes(list)).toEqual(['FORBIDDEN']);
  });
});
