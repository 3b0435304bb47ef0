import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type RunningStack } from '@ixl/launcher';
import { buildCodiceFiscale } from '@ixl/territory';
import { freshDatabase, graphqlRequest, testConfig, testSecrets } from '@ixl/testkit';

/**
 * No personal data or secrets in the logs: a stack that logs everything it would log in production
 * (not quiet), registrations, logins (right and wrong), refused and failed calls with known values;
 * then every line written to stdout, stderr, console and the subgraphs' loggers is searched for them.
 */
const secrets = testSecrets();
const person = { firstName: 'Ottavia', lastName: 'Zanardelli', birthDate: '1987-03-14', sex: 'F' as const };
const codiceFiscale = buildCodiceFiscale({
  surname: person.lastName,
  name: person.firstName,
  birthDate: person.birthDate,
  sex: person.sex,
  birthPlaceCode: 'A944',
  omocodia: 0,
});
const email = 'ottavia.zanardelli@example.org';
const password = 'Segreto-Molto-Lungo-2026!';
const phone = '+39 333 7654321';
const captured: string[] = [];
let stack: RunningStack;
let dropDb: () => Promise<void>;
let restore: () => void;
const tokens: string[] = [];

function capture(): () => void {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((m) => console[m]);
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => (
    captured.push(String(chunk)),
    out(chunk as string, ...(rest as []))
  )) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => (
    captured.push(String(chunk)),
    err(chunk as string, ...(rest as []))
  )) as typeof process.stderr.write;
  methods.forEach((m) => {
    console[m] = (...args: unknown[]) => captured.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  });
  return () => {
    process.stdout.write = out;
    process.stderr.write = err;
    methods.forEach((m, i) => (console[m] = originals[i]!));
  };
}

beforeAll(async () => {
  restore = capture();
  const db = await freshDatabase();
  dropDb = db.drop;
  stack = await startStack(testConfig({ databaseUrl: db.url, secrets, production: true }), {
    log: (level, message, data) => captured.push(JSON.stringify({ level, message, ...data })),
  });
});
afterAll(async () => {
  await stack?.stop();
  await dropDb?.();
  restore?.();
});

const REGISTER = `mutation($input: RegisterBeneficiaryInput!) { registerBeneficiary(input: $input) { email } }`;
const registration = (overrides: Record<string, unknown> = {}) => ({
  ...person,
  codiceFiscale,
  email,
  password,
  phone,
  citizenship: 'IT',
  municipalityCode: '037006',
  privacyConsent: true,
  privacyNoticeVersion: '2026-01',
  ...overrides,
});

describe('log hygiene', () => {
  it('logs no codice fiscale, email, phone, name, password, token or secret while people register and log in', async () => {
    const version = await graphqlRequest<{ currentPrivacyNoticeVersion: string }>(stack.gatewayUrl, '{ currentPrivacyNoticeVersion }');
    const notice = version.data?.currentPrivacyNoticeVersion ?? '2026-01';
    const ok = await graphqlRequest<{ registerBeneficiary: { email: string } }>(stack.gatewayUrl, REGISTER, {
      variables: { input: registration({ privacyNoticeVersion: notice }) },
    });
    expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
    // The verification link (from the mail in the outbox), which creates the person: its token is a secret too.
    const [mail] = (await stack.subgraphs.people.orm.em
      .getConnection()
      .execute(`select text_body from people.mail_outbox where to_address = ? and template = 'email_verification'`, [email])) as {
      text_body: string;
    }[];
    const linkToken = /conferma-email\?token=([\w-]+)/.exec(mail?.text_body ?? '')?.[1] ?? '';
    tokens.push(linkToken);
    const verified = await graphqlRequest(stack.gatewayUrl, 'mutation($t: String!) { verifyEmail(token: $t) { email } }', {
      variables: { t: linkToken },
    });
    expect(verified.errors, JSON.stringify(verified.errors)).toBeUndefined();
    // Refused and failing variants carrying the same personal data (a known person: same answer, a mail to the owner).
    const duplicate = await graphqlRequest(stack.gatewayUrl, REGISTER, {
      variables: { input: registration({ privacyNoticeVersion: notice }) },
    });
    expect(duplicate.errors).toBeUndefined();
    const wrongCf = await graphqlRequest(stack.gatewayUrl, REGISTER, {
      variables: { input: registration({ privacyNoticeVersion: notice, birthDate: '1990-01-01', email: 'other.zanardelli@example.org' }) },
    });
    expect(wrongCf.errors?.length).toBeGreaterThan(0);
    const noConsent = await graphqlRequest(stack.gatewayUrl, REGISTER, {
      variables: { input: registration({ privacyNoticeVersion: notice, privacyConsent: false }) },
    });
    expect(noConsent.errors?.length).toBeGreaterThan(0);
    const login = (e: string, p: string) =>
      graphqlRequest<{ login: { token: string } }>(
        stack.gatewayUrl,
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { variables: { e, p } },
      );
    const good = await login(email, password);
    expect(good.data?.login.token).toBeTruthy();
    tokens.push(good.data!.login.token);
    expect((await login(email, `${password}-wrong`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login('nobody.zanardelli@example.org', password)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A bad token, a profile update with personal data, and a read of the own record.
    await graphqlRequest(stack.gatewayUrl, '{ me { id } }', { token: `${tokens[0]}x` });
    const me = await graphqlRequest<{ myBeneficiary: { id: string } }>(
      stack.gatewayUrl,
      '{ myBeneficiary { id codiceFiscale email phone } }',
      { token: tokens[1] },
    );
    expect(me.data?.myBeneficiary.id).toBeTruthy();
    await graphqlRequest(
      stack.gatewayUrl,
      'mutation($id: ID!, $p: BeneficiaryProfileInput!) { updateBeneficiaryProfile(beneficiaryId: $id, input: $p) { id } }',
      { token: tokens[1], variables: { id: me.data!.myBeneficiary.id, p: { phone: '+39 333 0000000x' } } },
    );

    const log = captured.join('\n');
    expect(log.length).toBeGreaterThan(0); // the stack did log (start-up lines at least)
    const forbidden = {
      codiceFiscale,
      email,
      phone,
      lastName: person.lastName,
      password,
      internalSecret: secrets.internalSecret,
      // The private signing key's secret part (the JWK's `d`).
      jwtPrivateKey: (JSON.parse(secrets.jwtSigningKeys) as { keys: { d: string }[] }).keys[0]?.d ?? 'missing',
      ...Object.fromEntries(tokens.map((t, i) => [`token${i}`, t])),
    };
    const found = Object.entries(forbidden)
      .filter(([, v]) => log.toLowerCase().includes(v.toLowerCase()))
      .map(([k]) => k);
    expect(found, `found in the logs: ${found.join(', ')}`).toEqual([]);
    // The JWT's signature part alone, and the password hash format, never appear either.
    expect(log).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+/);
    expect(log).not.toMatch(/scrypt\$|\$argon2/);
  });
});
