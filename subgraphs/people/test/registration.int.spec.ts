import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, linkToken, type TestStack } from '@ixl/testkit';
import { buildCodiceFiscale } from '@ixl/territory';
import { countRows, eventsOf, peopleCounts, REGISTER, registerPerson, registrationInput } from './factories.js';

let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
});
afterAll(async () => {
  await t?.stop();
});

const register = (input: Record<string, unknown>) =>
  t.graphql<{ registerBeneficiary: { email: string; linkValidUntil: string } }>(REGISTER, { variables: { input } });
const verify = (token: string) =>
  t.graphql<{ verifyEmail: { email: string } }>('mutation($t: String!) { verifyEmail(token: $t) { email } }', { variables: { t: token } });
const verificationMail = (email: string) => t.smtp!.waitFor(email, (m) => m.text.includes('/conferma-email?token='));

describe('registerBeneficiary (public)', () => {
  it('creates the person, the account, the history and the events only when the mail link is followed; then she signs in', async () => {
    const input = registrationInput();
    const before = await peopleCounts(t);
    const r = await register(input);
    expect(r.errors).toBeUndefined();
    expect(r.data?.registerBeneficiary.email).toBe(input.email);
    // Nothing exists and nobody can sign in until the address is verified.
    expect(await countRows(t, 'beneficiary')).toBe(before.beneficiary);
    const early = await t.graphql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      variables: { e: input.email, p: input.password },
    });
    expect(errorCodes(early)).toEqual(['UNAUTHENTICATED']);
    const mail = await verificationMail(String(input.email));
    // The mail carries no name typed in the form (the address is not verified yet).
    expect(mail.text).not.toContain(String(input.firstName));
    expect(mail.text).toContain('entro 24 ore');
    const v = await verify(linkToken(mail, 'conferma-email'));
    expect(v.errors).toBeUndefined();
    expect(v.data?.verifyEmail.email).toBe(input.email);
    const token = await t.login(String(input.email), String(input.password));
    const me = await t.graphql<{
      myBeneficiary: {
        id: string;
        status: string;
        outOfArea: boolean;
        skills: { label: string }[];
        privacyNoticeVersion: string;
        referringBody: string;
        interviewSla: { dueDate: string; daysWaited: number; overdue: boolean };
      };
    }>(
      '{ myBeneficiary { id status outOfArea skills { label } privacyNoticeVersion referringBody interviewSla { dueDate daysWaited overdue } } }',
      {
        token,
      },
    );
    const reg = me.data?.myBeneficiary;
    expect(reg).toMatchObject({ status: 'REGISTERED', outOfArea: false, interviewSla: { daysWaited: 0, overdue: false } });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
    const due = new Date(`${today}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 15);
    expect(reg?.interviewSla.dueDate).toBe(due.toISOString().slice(0, 10));
    const id = reg?.id ?? '';
    expect(reg).toMatchObject({ id, privacyNoticeVersion: '2026-01', referringBody: 'CARITAS' });
    expect(reg?.skills).toHaveLength(2);
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
    // Now the welcome mail, with her name and addressed by her recorded sex, goes to the verified address.
    const welcome = await t.smtp!.waitFor(
      String(input.email),
      (m) => m.subject.includes('Insieme per il lavoro') && m.text.includes('15 giorni'),
    );
    expect(welcome.subject).toBe(input.sex === 'F' ? 'Benvenuta in Insieme per il lavoro' : 'Benvenuto in Insieme per il lavoro');
    expect(welcome.text).toContain(`Ciao ${String(input.firstName)}`);
  });

  it('accepts a municipality outside the Città metropolitana, flagged out of area', async () => {
    const outOfArea = async (overrides: Record<string, unknown>) => {
      const { token } = await registerPerson(t, overrides);
      return (await t.graphql<{ myBeneficiary: { outOfArea: boolean } }>('{ myBeneficiary { outOfArea } }', { token })).data?.myBeneficiary
        .outOfArea;
    };
    expect(await outOfArea({ municipalityCode: '058091', municipalityName: 'Roma' })).toBe(true);
    expect(await outOfArea({ municipalityCode: '058091', municipalityName: 'Roma', domicileMunicipalityCode: '037054' })).toBe(false);
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
    ['a password anyone guesses', { password: '1234567890' }, 'BAD_USER_INPUT', 'password'],
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

  it('answers a known codice fiscale or address exactly like a new one, stores nothing and tells the owner by mail', async () => {
    const first = await registerPerson(t);
    const before = await peopleCounts(t);
    const pendingBefore = await countRows(t, 'pending_registration');
    const stranger = `stranger-${String(first.input.email)}`;
    const sameCf = await register(
      registrationInput({
        codiceFiscale: first.input.codiceFiscale,
        birthDate: first.input.birthDate,
        sex: first.input.sex,
        email: stranger,
      }),
    );
    const sameEmail = await register(registrationInput({ email: String(first.input.email).toUpperCase() }));
    const fresh = await register(registrationInput());
    for (const r of [sameCf, sameEmail, fresh]) {
      expect(r.errors).toBeUndefined();
      expect(Object.keys(r.data?.registerBeneficiary ?? {}).sort()).toEqual(['email', 'linkValidUntil']);
    }
    expect(sameEmail.data?.registerBeneficiary.email).toBe(first.input.email);
    // Only the new person waits for a link; the known ones changed nothing.
    expect(await countRows(t, 'pending_registration')).toBe(pendingBefore + 1);
    expect(await peopleCounts(t)).toEqual(before);
    // The owner on record is told, by her recorded name (not the one typed by the stranger); the stranger gets nothing.
    const notice = await t.smtp!.waitFor(String(first.input.email), (m) => m.subject.startsWith('Tentativo di iscrizione'));
    expect(notice.text).toMatch(new RegExp(`^(Cara|Caro) ${String(first.input.firstName)},`));
    expect(notice.text).toContain('il tuo codice fiscale');
    expect(notice.text).toContain('/beneficiario/');
    await new Promise((r) => setTimeout(r, 500));
    expect(t.smtp!.to(stranger)).toEqual([]);
  });

  it('takes about as long for a known person as for a new one (the password is hashed either way)', async () => {
    const first = await registerPerson(t);
    const time = async (input: Record<string, unknown>) => {
      const start = performance.now();
      const r = await register(input);
      expect(r.errors).toBeUndefined();
      return performance.now() - start;
    };
    const known: number[] = [];
    const fresh: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time(registrationInput({ email: first.input.email })));
      fresh.push(await time(registrationInput()));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] ?? 0;
    // Both include the scrypt hash (hundreds of ms); what differs is a few inserts.
    expect(median(known) / median(fresh)).toBeGreaterThan(0.5);
    expect(median(known) / median(fresh)).toBeLessThan(2);
  });
});

describe('the verification link', () => {
  it('works once: a second use, a wrong token and an expired link are refused with their reason, changing nothing', async () => {
    const input = registrationInput();
    await register(input);
    const token = linkToken(await verificationMail(String(input.email)), 'conferma-email');
    expect((await verify(token)).errors).toBeUndefined();
    const before = await peopleCounts(t);
    const again = await verify(token);
    expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'ACCOUNT_LINK_USED', field: 'token' });
    const wrong = await verify(`${token.slice(0, -2)}xx`);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACCOUNT_LINK_INVALID', field: 'token' });
    expect((await verify('')).errors?.[0]?.extensions?.reason).toBe('ACCOUNT_LINK_INVALID');

    const late = registrationInput();
    await register(late);
    const lateToken = linkToken(await verificationMail(String(late.email)), 'conferma-email');
    await t.stack.subgraphs.people.orm.em
      .fork()
      .getConnection()
      .execute(`update people.pending_registration set expires_at = now() - interval '1 minute' where email = ?`, [late.email]);
    const expired = await verify(lateToken);
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACCOUNT_LINK_EXPIRED', field: 'token' });
    expect(await peopleCounts(t)).toEqual(before);
  });

  it('lets exactly one of two people with the same codice fiscale through; the other link says to contact the desk', async () => {
    const input = registrationInput();
    const twin = { ...input, email: `twin-${String(input.email)}` };
    await Promise.all([register(input), register(twin)]);
    const [a, b] = await Promise.all([verificationMail(String(input.email)), verificationMail(twin.email)]);
    const before = await countRows(t, 'beneficiary');
    const results = await Promise.all([verify(linkToken(a, 'conferma-email')), verify(linkToken(b, 'conferma-email'))]);
    expect(results.map((r) => (r.errors ? r.errors[0]?.extensions?.reason : 'OK')).sort()).toEqual(['OK', 'REGISTRATION_NOT_COMPLETED']);
    expect(await countRows(t, 'beneficiary')).toBe(before + 1);
    expect(await countRows(t, 'user_account', 'email in (?, ?)', [input.email, twin.email])).toBe(1);
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
