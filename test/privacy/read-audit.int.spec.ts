import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, liveClient, liveSubscriptions, subscribed, until, type TestStack } from '@ixl/testkit';
import { sql } from './helpers.js';

/**
 * GDPR accountability: reads of personal data held by companies, training, projects and finance are
 * published as ONE `PersonalDataRead` outbox event per read and recorded by `people` as one audit row
 * per person (READ / LIST, `detail` = `<subgraph>:<what>`), browsable by ADMIN only.
 */
let t: TestStack;
let admin: string;
let staff: string;
let company: string;
let body: string;
let own: string;
const users: Record<string, string> = {};

interface Row {
  actorId: string;
  actorRole: string;
  action: string;
  detail: string | null;
  beneficiaryId: string;
}
const AUDIT = `query($b: ID, $a: String, $s: String) { personalDataAudit(beneficiaryId: $b, actorId: $a, source: $s, first: 1000) { totalCount nodes { actorId actorRole action detail beneficiaryId } } }`;

async function audit(variables: { b?: string; a?: string; s?: string }): Promise<Row[]> {
  await factories.drainEvents(t.stack);
  const r = await t.graphql<{ personalDataAudit: { nodes: Row[] } }>(AUDIT, { token: admin, variables });
  expect(r.errors).toBeUndefined();
  return r.data?.personalDataAudit.nodes ?? [];
}

/** Read-audit rows in the database (all sources), for before/after counts. */
async function readRows(where = 'true', params: unknown[] = []): Promise<number> {
  await factories.drainEvents(t.stack);
  const [row] = await sql<{ c: number }>(
    t,
    `select count(*)::int as c from people.personal_data_audit where action in ('READ', 'LIST', 'DOWNLOAD_DOCUMENT') and (${where})`,
    params,
  );
  return row?.c ?? 0;
}

const readEvents = async (schema: string): Promise<number> =>
  (await sql<{ c: number }>(t, `select count(*)::int as c from "${schema}".outbox_event where type = 'PersonalDataRead'`))[0]?.c ?? 0;

async function ok<T>(query: string, token: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await t.graphql<T>(query, { token, variables });
  expect(r.errors).toBeUndefined();
  return r.data as T;
}

beforeAll(async () => {
  t = await bootTestStack({ seedDemo: true });
  await factories.drainEvents(t.stack);
  const login = (n: string) => t.login(`${n}@demo.ixl`, 'demo-password');
  [admin, staff, company, body, own] = [
    await login('admin'),
    await login('staff'),
    await login('azienda'),
    await login('ente'),
    await login('beneficiario'),
  ];
  for (const u of await sql<{ email: string; id: string }>(t, `select email, id from people.user_account where email like '%@demo.ixl'`))
    users[u.email.split('@')[0]!] = u.id;
}, 180_000);
afterAll(async () => {
  await t?.stop();
});

describe('audit of reads of personal data outside people', () => {
  it('records a STAFF read of a person’s placements, candidacies and enrolments, per subgraph', async () => {
    const [p] = await sql<{ id: string }>(
      t,
      `select b.id from people.beneficiary b where b.erased_at is null
      and exists (select 1 from companies.placement x where x.beneficiary_id = b.id) and exists (select 1 from training.enrolment e where e.beneficiary_id = b.id) order by b.id limit 1`,
    );
    const [q] = await sql<{ id: string }>(t, `select beneficiary_id as id from companies.candidate order by id limit 1`);
    expect(p && q).toBeTruthy();
    const id = p!.id;
    const before = { companies: await readEvents('companies'), training: await readEvents('training') };
    await ok(
      `query($p: ID!, $q: ID!) { p: beneficiary(id: $p) { id placements { id } enrolments { id attendancePercent } } q: beneficiary(id: $q) { id candidacies { id } } }`,
      staff,
      { p: id, q: q!.id },
    );
    // One event per batch (placements, candidacies; enrolments), never one per row or per person.
    expect(await readEvents('companies')).toBe(before.companies + 2);
    expect(await readEvents('training')).toBe(before.training + 1);
    expect((await audit({ b: q!.id, a: users.staff })).filter((r) => r.detail === 'companies:candidacies')).toEqual([
      { actorId: users.staff, actorRole: 'STAFF', action: 'READ', detail: 'companies:candidacies', beneficiaryId: q!.id },
    ]);

    const rows = await audit({ b: id, a: users.staff });
    const mine = (detail: string) => rows.filter((r) => r.detail === detail);
    expect(mine('companies:beneficiaryPlacements')).toEqual([
      { actorId: users.staff, actorRole: 'STAFF', action: 'READ', detail: 'companies:beneficiaryPlacements', beneficiaryId: id },
    ]);
    expect(mine('training:beneficiaryEnrolments')).toEqual([
      { actorId: users.staff, actorRole: 'STAFF', action: 'READ', detail: 'training:beneficiaryEnrolments', beneficiaryId: id },
    ]);
    expect(mine('people:beneficiary')).toHaveLength(1);
    // Reads are never recorded as changes.
    expect(rows.filter((r) => r.action === 'CHANGE' && /PersonalDataRead/.test(r.detail ?? ''))).toEqual([]);
    expect(await sql(t, `select 1 from people.personal_data_audit where detail like '%PersonalDataRead%'`)).toEqual([]);

    // The source filter shows where the data was read.
    const training = await audit({ b: id, s: 'training' });
    expect(training.length).toBeGreaterThan(0);
    expect(training.every((r) => r.detail?.startsWith('training:'))).toBe(true);
    expect(errorCodes(await t.graphql(AUDIT, { token: admin, variables: { s: 'elsewhere' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('records a page of placements and a course’s participants list as one LIST event with a row per person', async () => {
    const page = await ok<{ placements: { nodes: { id: string }[] } }>('{ placements(first: 20) { nodes { id } } }', staff);
    expect(page.placements.nodes.length).toBeGreaterThan(1);
    const persons = await sql<{ b: string }>(t, `select distinct beneficiary_id as b from companies.placement where id in (?)`, [
      page.placements.nodes.map((n) => n.id),
    ]);
    const rows = await audit({ a: users.staff, s: 'companies' });
    const listed = new Set(rows.filter((r) => r.detail === 'companies:placements' && r.action === 'LIST').map((r) => r.beneficiaryId));
    expect([...listed].sort()).toEqual(persons.map((p) => p.b).sort());

    const [edition] = await sql<{ id: string }>(
      t,
      `select e.edition_id as id from training.enrolment e join training.course_edition c on c.id = e.edition_id
      join people.user_account u on u.training_body_id = c.training_body_id and u.email = 'ente@demo.ixl' group by e.edition_id order by count(*) desc limit 1`,
    );
    expect(edition).toBeDefined();
    const participants = await sql<{ b: string }>(t, `select distinct beneficiary_id as b from training.enrolment where edition_id = ?`, [
      edition!.id,
    ]);
    const q = 'query($id: ID!) { courseEdition(id: $id) { enrolments { id participantName attendance { hours } } } }';
    await ok(q, staff, { id: edition!.id });
    await ok(q, body, { id: edition!.id });
    const training = await audit({ s: 'training' });
    for (const [actor, role] of [
      [users.staff, 'STAFF'],
      [users.ente, 'TRAINING_BODY'],
    ] as const) {
      const seen = training.filter((r) => r.actorId === actor && r.detail === 'training:editionEnrolments');
      expect(seen.every((r) => r.actorRole === role && r.action === 'LIST')).toBe(true);
      expect([...new Set(seen.map((r) => r.beneficiaryId))].sort()).toEqual(participants.map((p) => p.b).sort());
    }
  });

  it('records a company reading its candidates and placements with role COMPANY', async () => {
    const [v] = await sql<{ id: string }>(
      t,
      `select c.vacancy_id as id from companies.candidate c join companies.vacancy v on v.id = c.vacancy_id
      join people.user_account u on u.company_id = v.company_id and u.email = 'azienda@demo.ixl' where c.status <> 'SHORTLISTED' limit 1`,
    );
    expect(v).toBeDefined();
    const candidates = await sql<{ b: string }>(
      t,
      `select distinct beneficiary_id as b from companies.candidate where vacancy_id = ? and status <> 'SHORTLISTED'`,
      [v!.id],
    );
    await ok('query($v: ID!) { vacancyCandidates(vacancyId: $v) { id firstName initials } }', company, { v: v!.id });
    const rows = (await audit({ a: users.azienda })).filter((r) => r.detail === 'companies:vacancyCandidates');
    expect(rows.every((r) => r.actorRole === 'COMPANY' && r.action === 'LIST')).toBe(true);
    expect([...new Set(rows.map((r) => r.beneficiaryId))].sort()).toEqual(candidates.map((c) => c.b).sort());

    const placed = await ok<{ companyPlacements: { id: string }[] }>('{ companyPlacements { id } }', company);
    expect(placed.companyPlacements.length).toBeGreaterThan(0);
    const placedPersons = await sql<{ b: string }>(t, `select distinct beneficiary_id as b from companies.placement where id in (?)`, [
      placed.companyPlacements.map((p) => p.id),
    ]);
    const at = (await audit({ a: users.azienda, s: 'companies' })).filter((r) => r.detail === 'companies:companyPlacements');
    expect(at.every((r) => r.actorRole === 'COMPANY' && r.action === 'LIST')).toBe(true);
    expect([...new Set(at.map((r) => r.beneficiaryId))].sort()).toEqual(placedPersons.map((p) => p.b).sort());
  });

  it('records STAFF reads of self-employment paths (projects) and of loans, grants and stage indemnities tied to a person (finance)', async () => {
    const paths = await sql<{ b: string }>(t, `select distinct beneficiary_id as b from projects.self_employment`);
    expect(paths.length).toBeGreaterThan(0);
    await ok('{ selfEmploymentPaths { id businessIdea } }', staff);
    const projects = await audit({ a: users.staff, s: 'projects' });
    expect(
      new Set(projects.filter((r) => r.detail === 'projects:selfEmploymentPaths' && r.action === 'LIST').map((r) => r.beneficiaryId)),
    ).toEqual(new Set(paths.map((p) => p.b)));

    const [path] = await sql<{ id: string; b: string }>(
      t,
      `select id, beneficiary_id as b from projects.self_employment order by id limit 1`,
    );
    await ok('query($id: ID!) { selfEmploymentPath(id: $id) { id planSummary } }', staff, { id: path!.id });
    expect(
      (await audit({ b: path!.b, s: 'projects' })).some(
        (r) => r.detail === 'projects:selfEmploymentPath' && r.action === 'READ' && r.actorId === users.staff,
      ),
    ).toBe(true);

    const funded = await sql<{ b: string }>(
      t,
      `select beneficiary_id as b from finance.loan where beneficiary_id is not null union select beneficiary_id from finance."grant" where beneficiary_id is not null
      union select beneficiary_id from finance.stage_indemnity`,
    );
    expect(funded.length).toBeGreaterThan(0);
    await ok('{ loans { id } grants { id } stageIndemnities { id } }', staff);
    const finance = await audit({ a: users.staff, s: 'finance' });
    expect(finance.every((r) => r.actorRole === 'STAFF' && r.action === 'LIST')).toBe(true);
    expect(new Set(finance.map((r) => r.beneficiaryId))).toEqual(new Set(funded.map((f) => f.b)));
  });

  it('records what a subscription hands out: one READ per delivered placement, with the subscriber’s role', async () => {
    const live = liveClient(t.url);
    try {
      const [target] = await sql<{ company: string; b: string }>(
        t,
        `select u.company_id as company, m.beneficiary_id as b from people.user_account u, companies.matching_profile m
        where u.email = 'azienda@demo.ixl' order by m.beneficiary_id desc limit 1`,
      );
      expect(target).toBeDefined();
      const serving = liveSubscriptions(t.stack);
      const feed = live.subscribe<{ placementRecorded: { id: string } }>(company, 'subscription { placementRecorded { id hoursPerWeek } }');
      await subscribed(t.stack, serving + 1);
      const r = await t.graphql('mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }', {
        token: staff,
        variables: {
          i: {
            beneficiaryId: target!.b,
            companyId: target!.company,
            type: 'ASSUNZIONE',
            contract: 'TEMPO_DETERMINATO',
            startDate: '2026-12-01',
            hoursPerWeek: 30,
          },
        },
      });
      expect(r.errors).toBeUndefined();
      await until(() => feed.received.length >= 1);
      const rows = (await audit({ a: users.azienda, s: 'companies' })).filter((x) => x.detail === 'companies:live:placementRecorded');
      expect(rows).toEqual([
        {
          actorId: users.azienda,
          actorRole: 'COMPANY',
          action: 'READ',
          detail: 'companies:live:placementRecorded',
          beneficiaryId: target!.b,
        },
      ]);
    } finally {
      await live.dispose();
    }
  });

  it('records nothing when a beneficiary reads their own data', async () => {
    const [me] = await sql<{ b: string }>(t, `select beneficiary_id as b from people.user_account where email = 'beneficiario@demo.ixl'`);
    const before = await readRows('actor_id = ?', [users.beneficiario]);
    await ok(
      '{ myBeneficiary { id placements { id } enrolments { id participantName } } loans { id } grants { id } mySelfEmploymentPaths { id } }',
      own,
    );
    await ok('query($id: ID!) { beneficiary(id: $id) { id placements { id } enrolments { id } } }', own, { id: me!.b });
    expect(before).toBe(0);
    expect(await readRows('actor_id = ?', [users.beneficiario])).toBe(0);
  });

  it('records nothing for a read that is refused', async () => {
    const [other] = await sql<{ id: string }>(
      t,
      `select v.id from companies.vacancy v where v.company_id <> (select company_id from people.user_account where email = 'azienda@demo.ixl') limit 1`,
    );
    const [person] = await sql<{ id: string }>(t, `select beneficiary_id as id from companies.placement order by id limit 1`);
    expect(other && person).toBeTruthy();
    const before = await readRows('actor_id in (?, ?)', [users.azienda, users.ente]);
    expect(
      errorCodes(
        await t.graphql('query($v: ID!) { vacancyCandidates(vacancyId: $v) { id firstName } }', {
          token: company,
          variables: { v: other!.id },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await t.graphql('query($id: ID!) { beneficiary(id: $id) { id firstName } }', { token: body, variables: { id: person!.id } }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.graphql('{ selfEmploymentPaths { id } }', { token: company }))).toEqual(['FORBIDDEN']);
    expect(await readRows('actor_id in (?, ?)', [users.azienda, users.ente])).toBe(before);
    expect(await readRows(`actor_id = ? and detail like 'projects:%'`, [users.azienda])).toBe(0);
  });

  it('adds no duplicate row when a PersonalDataRead event is delivered again', async () => {
    await ok('{ placements(first: 5) { nodes { id } } }', staff);
    const before = await readRows(`detail like 'companies:%' or detail like 'training:%'`);
    expect(before).toBeGreaterThan(0);
    const reset = await sql(
      t,
      `update people.event_consumer_offset set last_tx_id = '0'::xid8, last_event_id = 0 where consumer = 'people.read-audit' and source in ('companies', 'training') returning source`,
    );
    expect(reset).toHaveLength(2);
    await factories.drainEvents(t.stack);
    expect(await readRows(`detail like 'companies:%' or detail like 'training:%'`)).toBe(before);
  });

  it('lets only ADMIN browse the audit log', async () => {
    for (const token of [staff, company, body, own])
      expect(errorCodes(await t.graphql(AUDIT, { token, variables: {} }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.graphql(AUDIT, { variables: {} }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/UNAUTHENTICATED|FORBIDDEN/)]),
    );
  });
});
