import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAccessToken } from '@ixl/auth';
import { SUBGRAPH_NAMES } from '@ixl/registry';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { privacyExport, sql, tablesContaining } from './helpers.js';
import { statistics } from './statistics.js';

let t: TestStack;
let admin: string;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack({ seedDemo: true });
  await factories.drainEvents(t.stack);
  admin = await t.login('admin@demo.ixl', 'demo-password');
  staff = await t.login('staff@demo.ixl', 'demo-password');
}, 180_000);
afterAll(async () => {
  await t?.stop();
});

interface Person {
  id: string;
  first_name: string;
  last_name: string;
  codice_fiscale: string;
  email: string;
  phone: string;
}

/** A demo person with placements, course enrolments, an email and a phone: data in several subgraphs. */
async function demoPersonWithHistory(): Promise<Person> {
  const [p] = await sql<Person>(
    t,
    `select b.id, b.first_name, b.last_name, b.codice_fiscale, b.email, b.phone from people.beneficiary b
    where b.email is not null and b.phone is not null and b.erased_at is null
      and exists (select 1 from companies.placement p where p.beneficiary_id = b.id) and exists (select 1 from training.enrolment e where e.beneficiary_id = b.id)
    order by (select count(*) from companies.placement p where p.beneficiary_id = b.id) desc, b.id limit 1`,
  );
  if (!p) throw new Error('the demo data has no person with placements and enrolments');
  return p;
}

describe('GDPR export through the gateway', () => {
  it('gives a beneficiary their own data from every subgraph as a JSON attachment, and nobody else’s', async () => {
    const [me] = await sql<{ beneficiary_id: string }>(
      t,
      `select beneficiary_id from people.user_account where email = 'beneficiario@demo.ixl'`,
    );
    const own = await t.login('beneficiario@demo.ixl', 'demo-password');
    const r = await privacyExport(t, own);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/json');
    expect(r.headers.get('content-disposition')).toMatch(
      /^attachment; filename="ixl-dati-personali-[0-9a-f-]{36}-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.body.beneficiaryId).toBe(me?.beneficiary_id);
    expect(Object.keys(r.body.subgraphs ?? {})).toEqual(SUBGRAPH_NAMES);
    const people = r.body.subgraphs?.people as {
      beneficiary: { id: string; codice_fiscale: string };
      user_account: Record<string, unknown>[];
    };
    expect(people.beneficiary.id).toBe(me?.beneficiary_id);
    expect(people.user_account).toHaveLength(1);
    expect(people.user_account[0]).not.toHaveProperty('password_hash');
    expect(r.body.subgraphs?.companies).toHaveProperty('matching_profile');
    expect(r.body.subgraphs?.training).toHaveProperty('enrolment');

    // Someone else's id: refused, whatever the beneficiary asks.
    const other = await demoPersonWithHistory();
    const refused = await privacyExport(t, own, other.id);
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain(other.codice_fiscale);
  });

  it('lets STAFF export anyone with ?beneficiaryId=, audits it, and refuses other roles, anonymous, expired tokens and bad ids', async () => {
    const p = await demoPersonWithHistory();
    const r = await privacyExport(t, staff, p.id);
    expect(r.status).toBe(200);
    expect(r.text).toContain(p.codice_fiscale);
    const companies = r.body.subgraphs?.companies as { placement: unknown[] };
    const [placements] = await sql<{ c: number }>(t, 'select count(*)::int as c from companies.placement where beneficiary_id = ?', [p.id]);
    expect(companies.placement).toHaveLength(placements?.c ?? -1);
    const training = r.body.subgraphs?.training as { enrolment: unknown[]; attendance: unknown[] };
    expect(training.enrolment.length).toBeGreaterThan(0);
    const [attendance] = await sql<{ c: number }>(
      t,
      'select count(*)::int as c from training.attendance a join training.enrolment e on e.id = a.enrolment_id where e.beneficiary_id = ?',
      [p.id],
    );
    expect(training.attendance).toHaveLength(attendance?.c ?? -1);
    const audit = await sql(t, `select actor_role from people.personal_data_audit where beneficiary_id = ? and action = 'EXPORT'`, [p.id]);
    expect(audit).toEqual([{ actor_role: 'STAFF' }]);

    const company = await t.login('azienda@demo.ixl', 'demo-password');
    expect((await privacyExport(t, company, p.id)).status).toBe(403);
    expect((await privacyExport(t, null, p.id)).status).toBe(401);
    const expired = await issueAccessToken({ sub: 'x', role: 'STAFF' }, t.secrets.jwtSigningKeys, -60);
    expect((await privacyExport(t, expired.token, p.id)).status).toBe(401);
    const missing = await privacyExport(t, staff);
    expect(missing.status).toBe(400);
    expect((missing.body.errors as { extensions: { field: string } }[])[0]?.extensions.field).toBe('beneficiaryId');
    expect((await privacyExport(t, staff, 'not-an-id')).status).toBe(400);
    expect((await privacyExport(t, staff, '5f0a4b8e-1111-4222-8333-944455556666')).status).toBe(404);
  });

  it('refuses the per-subgraph fields to a company through GraphQL', async () => {
    const p = await demoPersonWithHistory();
    const company = await t.login('azienda@demo.ixl', 'demo-password');
    const r = await t.graphql('query($id: ID!) { beneficiary(id: $id) { companiesPersonalData } }', {
      token: company,
      variables: { id: p.id },
    });
    expect(errorCodes(r)).toContain('FORBIDDEN');
    expect(JSON.stringify(r.data ?? {})).not.toContain(p.first_name);
  });
});

describe('GDPR export while a subgraph is down', () => {
  it('fails with 503 instead of handing out an incomplete export', async () => {
    const p = await demoPersonWithHistory();
    await t.stack.stopSubgraph('finance');
    try {
      const r = await privacyExport(t, staff, p.id);
      expect(r.status).toBe(503);
      expect((r.body.errors as { extensions: { code: string } }[])[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(r.text).not.toContain(p.codice_fiscale);
    } finally {
      await t.stack.startSubgraph('finance');
    }
    expect((await privacyExport(t, staff, p.id)).status).toBe(200);
  });
});

describe('erasure by pseudonymisation', () => {
  it('is ADMIN only and refuses bad or unknown ids, changing nothing', async () => {
    const p = await demoPersonWithHistory();
    const erase = 'mutation($b: ID!) { eraseBeneficiary(beneficiaryId: $b) { id firstName } }';
    expect(errorCodes(await t.graphql(erase, { token: staff, variables: { b: p.id } }))).toEqual(['FORBIDDEN']);
    const bad = await t.graphql(erase, { token: admin, variables: { b: 'nope' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('beneficiaryId');
    expect(errorCodes(await t.graphql(erase, { token: admin, variables: { b: '5f0a4b8e-1111-4222-8333-944455556666' } }))).toEqual([
      'NOT_FOUND',
    ]);
    const [row] = await sql<Person & { erased_at: Date | null }>(
      t,
      'select first_name, codice_fiscale, erased_at from people.beneficiary where id = ?',
      [p.id],
    );
    expect(row).toMatchObject({ first_name: p.first_name, codice_fiscale: p.codice_fiscale, erased_at: null });
  });

  it('keeps every statistic, removes names, codice fiscale, email and phone everywhere, and ends the person’s logins', async () => {
    const p = await demoPersonWithHistory();
    const account = await factories.createAccount(t.stack, { role: 'BENEFICIARY', beneficiaryId: p.id });
    const personToken = await t.login(account.email, account.password);
    const refresh = await t.graphql<{ login: { refreshToken: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { refreshToken } }',
      { variables: { e: account.email, p: account.password } },
    );
    // Copies held elsewhere before the erasure (so the checks below can fail).
    expect(await tablesContaining(t, p.codice_fiscale)).toEqual(expect.arrayContaining(['people.beneficiary']));
    const [profile] = await sql<{ first_name: string }>(t, 'select first_name from companies.matching_profile where beneficiary_id = ?', [
      p.id,
    ]);
    expect(profile?.first_name).toBe(p.first_name);
    const before = await statistics(t, admin);
    expect((before.courseEditions as unknown[]).length).toBeGreaterThan(0);
    expect((before.all as { totalCount: number }).totalCount).toBeGreaterThan(0);
    expect(Object.values(before.ranking as Record<string, unknown[]>).flat().length).toBeGreaterThan(0);

    const r = await t.graphql<{
      eraseBeneficiary: { id: string; firstName: string; lastName: string; codiceFiscale: string; email: string | null; erasedAt: string };
    }>('mutation($b: ID!) { eraseBeneficiary(beneficiaryId: $b) { id firstName lastName codiceFiscale email erasedAt } }', {
      token: admin,
      variables: { b: p.id },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.eraseBeneficiary).toMatchObject({ id: p.id, firstName: 'Pseudonimo', email: null });
    expect(r.data?.eraseBeneficiary.lastName).toMatch(/^P-[0-9A-F]{10}$/);
    await factories.drainEvents(t.stack);

    expect(await statistics(t, admin)).toEqual(before);
    for (const secret of [p.codice_fiscale, p.email, p.phone, `${p.first_name} ${p.last_name}`])
      expect(await tablesContaining(t, secret), secret).toEqual([]);
    const [mp] = await sql<{ first_name: string; erased: boolean; status: string }>(
      t,
      'select first_name, erased, status from companies.matching_profile where beneficiary_id = ?',
      [p.id],
    );
    expect(mp).toEqual({ first_name: '', erased: true, status: 'ERASED' });
    const enrolments = await sql<{ participant_name: string | null }>(
      t,
      'select participant_name from training.enrolment where beneficiary_id = ?',
      [p.id],
    );
    expect(enrolments.length).toBeGreaterThan(0);
    expect(enrolments.every((e) => e.participant_name === null)).toBe(true);

    // The export now shows only the pseudonym.
    const exported = await privacyExport(t, admin, p.id);
    expect(exported.status).toBe(200);
    expect(exported.text).toContain(r.data?.eraseBeneficiary.lastName);
    for (const secret of [p.codice_fiscale, p.email, p.phone, p.last_name]) expect(exported.text).not.toContain(secret);

    // No more login, no more refresh; erasing again changes nothing.
    const login = await t.graphql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      variables: { e: account.email, p: account.password },
    });
    expect(errorCodes(login)).toEqual(['UNAUTHENTICATED']);
    const refreshed = await t.graphql('mutation($r: String!) { refreshSession(refreshToken: $r) { token } }', {
      variables: { r: refresh.data?.login.refreshToken },
    });
    expect(errorCodes(refreshed)).toEqual(['UNAUTHENTICATED']);
    expect(personToken).toBeTruthy();
    const again = await t.graphql<{ eraseBeneficiary: { erasedAt: string } }>(
      'mutation($b: ID!) { eraseBeneficiary(beneficiaryId: $b) { erasedAt } }',
      { token: admin, variables: { b: p.id } },
    );
    expect(again.data?.eraseBeneficiary.erasedAt).toBe(r.data?.eraseBeneficiary.erasedAt);
    const [events] = await sql<{ c: number }>(
      t,
      `select count(*)::int as c from people.outbox_event where type = 'BeneficiaryErased' and aggregate_id = ?`,
      [p.id],
    );
    expect(events?.c).toBe(1);

    // The audit log (ADMIN) shows the erasure and the changes made by other subgraphs' events.
    const audit = await t.graphql<{
      personalDataAudit: { nodes: { action: string; actorRole: string; detail: string | null; fields: string[] }[] };
    }>('query($b: ID!) { personalDataAudit(beneficiaryId: $b, first: 500) { nodes { action actorRole detail fields } } }', {
      token: admin,
      variables: { b: p.id },
    });
    expect(audit.errors).toBeUndefined();
    const nodes = audit.data?.personalDataAudit.nodes ?? [];
    expect(nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'ERASE', actorRole: 'ADMIN' }),
        expect.objectContaining({ action: 'CHANGE', detail: 'people:BeneficiaryErased' }),
      ]),
    );
    expect(nodes.some((n) => n.action === 'CHANGE' && n.detail === 'companies:PlacementRecorded')).toBe(true);
  });
});
