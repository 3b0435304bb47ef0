import { randomUUID } from 'node:crypto';
import { buildCodiceFiscale } from '@ixl/territory';
import { factories, type TestStack } from '@ixl/testkit';
import { matchingProfile, seedProfiles } from '../../subgraphs/companies/test/factories.js';

/**
 * A hand-built year (2025) of records with known answers, for the monitoring reports. People, courses
 * and finance rows are written by factories (SQL in each subgraph's own schema, with explicit past
 * dates); placements go through the `recordPlacement` API, so the training read model is fed by events.
 * Every expected figure is computed by hand in report.int.spec.ts.
 */
export const BOLOGNA = '037006';
export const IMOLA = '037032';
export const SAN_LAZZARO = '037054';

let n = 0;
async function sql(
  t: TestStack,
  subgraph: 'people' | 'companies' | 'training' | 'finance',
  query: string,
  params: unknown[],
): Promise<void> {
  await t.stack.subgraphs[subgraph].orm.em.getConnection().execute(query, params);
}

interface PersonSeed {
  registeredAt: string;
  interviewedAt?: string;
  profile?: 'FORTE' | 'IN_TARGET';
  readiness?: 'PRONTO' | 'NON_PRONTO' | 'FRAGILE' | null;
  municipalityCode?: string;
  fuoriProtocollo?: { reason: 'WORKING' | 'UNREACHABLE' | 'NOT_COLLABORATING'; at: string };
}

/** A beneficiary with the given registration, first interview, assessment and fuori-protocollo move. */
export async function seedPerson(t: TestStack, p: PersonSeed): Promise<string> {
  const id = randomUUID();
  n++;
  const lastName = `Report${String.fromCharCode(65 + (n % 26))}`;
  const birthDate = `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 10}`;
  const cf = buildCodiceFiscale({ surname: lastName, name: 'Anna', birthDate, sex: 'F', birthPlaceCode: 'A944', omocodia: n % 8 });
  const status = p.fuoriProtocollo
    ? 'FUORI_PROTOCOLLO'
    : p.profile === 'IN_TARGET'
      ? 'IN_TARGET'
      : p.profile === 'FORTE'
        ? 'NOT_IN_TARGET'
        : p.interviewedAt
          ? 'INTERVIEWED'
          : 'REGISTERED';
  await sql(
    t,
    'people',
    `insert into people.beneficiary (id, first_name, last_name, codice_fiscale, birth_date, sex, citizenship, municipality_code, status, registered_at, interviewed_at, profile, readiness, fuori_protocollo_reason)
    values (?, 'Anna', ?, ?, ?, 'F', 'IT', ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      lastName,
      cf,
      birthDate,
      p.municipalityCode ?? BOLOGNA,
      status,
      p.registeredAt,
      p.interviewedAt ?? null,
      p.profile ?? null,
      p.readiness ?? null,
      p.fuoriProtocollo?.reason ?? null,
    ],
  );
  if (p.fuoriProtocollo) {
    await sql(
      t,
      'people',
      `insert into people.status_change (id, beneficiary_id, "from", "to", fuori_protocollo_reason, actor_id, actor_role, at) values (?, ?, 'INTERVIEWED', 'FUORI_PROTOCOLLO', ?, 'system', 'STAFF', ?)`,
      [randomUUID(), id, p.fuoriProtocollo.reason, p.fuoriProtocollo.at],
    );
  }
  return id;
}

/** The people of the seeded year (see the test for the hand count). */
export async function seedPeopleYear(t: TestStack): Promise<void> {
  await seedPerson(t, {
    registeredAt: '2025-01-10T10:00:00Z',
    interviewedAt: '2025-01-20T10:00:00Z',
    profile: 'IN_TARGET',
    readiness: 'PRONTO',
  }); // P1
  await seedPerson(t, {
    registeredAt: '2025-01-25T10:00:00Z',
    interviewedAt: '2025-02-14T10:00:00Z',
    profile: 'IN_TARGET',
    readiness: 'NON_PRONTO',
  }); // P2
  await seedPerson(t, {
    registeredAt: '2025-02-03T10:00:00Z',
    interviewedAt: '2025-02-18T10:00:00Z',
    profile: 'FORTE',
    municipalityCode: IMOLA,
  }); // P3
  await seedPerson(t, {
    registeredAt: '2025-03-01T10:00:00Z',
    interviewedAt: '2025-03-05T10:00:00Z',
    profile: 'IN_TARGET',
    readiness: 'PRONTO',
    municipalityCode: SAN_LAZZARO,
  }); // P4
  await seedPerson(t, { registeredAt: '2025-03-15T10:00:00Z', fuoriProtocollo: { reason: 'UNREACHABLE', at: '2025-04-20T09:00:00Z' } }); // P5
  await seedPerson(t, {
    registeredAt: '2024-12-31T23:30:00Z',
    interviewedAt: '2025-01-31T10:00:00Z',
    profile: 'IN_TARGET',
    readiness: 'FRAGILE',
  }); // P6: 1 January 2025 in Rome
  await seedPerson(t, {
    registeredAt: '2024-12-31T22:30:00Z',
    interviewedAt: '2025-01-09T10:00:00Z',
    profile: 'IN_TARGET',
    readiness: null,
  }); // P7: 31 December 2024 in Rome
  await seedPerson(t, { registeredAt: '2025-12-31T23:30:00Z' }); // P8: 1 January 2026 in Rome
  await seedPerson(t, {
    registeredAt: '2025-06-10T10:00:00Z',
    interviewedAt: '2025-06-12T10:00:00Z',
    municipalityCode: IMOLA,
    fuoriProtocollo: { reason: 'WORKING', at: '2025-07-01T09:00:00Z' },
  }); // P9
  await seedPerson(t, {
    registeredAt: '2025-11-20T10:00:00Z',
    interviewedAt: '2026-01-10T10:00:00Z',
    profile: 'IN_TARGET',
    readiness: 'PRONTO',
  }); // P10
  await seedPerson(t, {
    registeredAt: '2024-10-01T10:00:00Z',
    fuoriProtocollo: { reason: 'NOT_COLLABORATING', at: '2024-11-15T09:00:00Z' },
  }); // P11
}

export interface PlacementYear {
  companies: { fraternita: string; rekeep: string; ynap: string };
  persons: { q1: string; q2: string; q3: string; q4: string };
}

const RECORD = 'mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }';

/** Placed persons (matching profiles via events) and their placements through the API. */
export async function seedPlacementYear(t: TestStack, staff: string): Promise<PlacementYear> {
  const fraternita = (await factories.createCompany(t.stack, 'La Fraternità')).id;
  const rekeep = (await factories.createCompany(t.stack, 'Rekeep')).id;
  const ynap = (await factories.createCompany(t.stack, 'YNAP')).id;
  const [q1, q2, q3, q4] = await seedProfiles(t, [
    matchingProfile({ firstName: 'Q1', sex: 'F', citizenship: 'IT', birthYear: 1995, municipalityCode: BOLOGNA }),
    matchingProfile({ firstName: 'Q2', sex: 'M', citizenship: 'MA', birthYear: 1980, municipalityCode: BOLOGNA }),
    matchingProfile({ firstName: 'Q3', sex: 'F', citizenship: 'RO', birthYear: 1990, municipalityCode: IMOLA }),
    matchingProfile({ firstName: 'Q4', sex: 'M', citizenship: 'IT', birthYear: 2000, municipalityCode: SAN_LAZZARO }),
  ]).then((ps) => ps.map((p) => p.beneficiaryId));
  const record = async (i: Record<string, unknown>): Promise<string> => {
    const r = await t.graphql<{ recordPlacement: { id: string } }>(RECORD, { token: staff, variables: { i } });
    if (!r.data?.recordPlacement) throw new Error(`recordPlacement failed: ${JSON.stringify(r.errors)}`);
    return r.data.recordPlacement.id;
  };
  const l1 = await record({ beneficiaryId: q1, companyId: fraternita, type: 'STAGE', startDate: '2025-01-15', endDate: '2025-06-30' });
  await record({
    beneficiaryId: q1,
    companyId: fraternita,
    type: 'ASSUNZIONE',
    contract: 'TEMPO_DETERMINATO',
    startDate: '2025-07-01',
    previousPlacementId: l1,
    followUp: 'CONVERSION',
  }); // L2
  await record({ beneficiaryId: q2, companyId: rekeep, type: 'ASSUNZIONE', contract: 'TEMPO_INDETERMINATO', startDate: '2025-03-10' }); // L3
  const l4 = await record({ beneficiaryId: q3!, companyId: fraternita, type: 'STAGE', startDate: '2025-02-01', endDate: '2025-07-31' });
  await record({
    beneficiaryId: q3,
    companyId: fraternita,
    type: 'STAGE',
    startDate: '2025-08-01',
    previousPlacementId: l4,
    followUp: 'EXTENSION',
  }); // L5
  await record({ beneficiaryId: q4, companyId: ynap, type: 'TIROCINIO', startDate: '2025-05-20' }); // L6
  await record({ beneficiaryId: q4, companyId: rekeep, type: 'MINI_JOB', hoursPerWeek: 12, startDate: '2025-12-31' }); // L7
  await record({ beneficiaryId: q2, type: 'LAVORO_AUTONOMO', startDate: '2025-09-09' }); // L8
  await record({ beneficiaryId: q4, companyId: ynap, type: 'ASSUNZIONE', contract: 'A_CHIAMATA', startDate: '2026-01-01' }); // L9: next year
  const l10 = await record({ beneficiaryId: q2, companyId: rekeep, type: 'STAGE', startDate: '2024-12-31', endDate: '2025-01-01' }); // L10: last year
  await record({
    beneficiaryId: q2,
    companyId: rekeep,
    type: 'ASSUNZIONE',
    contract: 'TEMPO_DETERMINATO',
    startDate: '2025-01-02',
    previousPlacementId: l10,
    followUp: 'CONVERSION',
  }); // L11
  await factories.drainEvents(t.stack);
  return { companies: { fraternita, rekeep, ynap }, persons: { q1: q1!, q2: q2!, q3: q3!, q4: q4! } };
}

async function edition(t: TestStack, bodyId: string, e: { title: string; subject: string; start: string; end: string }): Promise<string> {
  const id = randomUUID();
  await sql(
    t,
    'training',
    `insert into training.course_edition (id, training_body_id, title, subject, stream, start_date, end_date, seats, total_cost_cents, kpi_window_months, status) values (?, ?, ?, ?, 'TRANSVERSAL', ?, ?, 20, 1000000, 12, 'COMPLETED')`,
    [id, bodyId, e.title, e.subject, e.start, e.end],
  );
  return id;
}

async function enrolment(
  t: TestStack,
  editionId: string,
  beneficiaryId: string,
  e: { status?: string; outcome?: string; qualified?: boolean } = {},
): Promise<void> {
  await sql(
    t,
    'training',
    `insert into training.enrolment (id, edition_id, beneficiary_id, enrolled_at, status, outcome, qualification_obtained) values (?, ?, ?, now(), ?, ?, ?)`,
    [randomUUID(), editionId, beneficiaryId, e.status ?? 'ENROLLED', e.outcome ?? 'IN_PROGRESS', e.qualified ?? false],
  );
}

/** Three course editions with the placed persons as participants. */
export async function seedTrainingYear(t: TestStack, persons: PlacementYear['persons']): Promise<void> {
  const seneca = (await factories.createTrainingBody(t.stack, 'Seneca')).id;
  const e1 = await edition(t, seneca, { title: 'OSS 2025', subject: 'OSS', start: '2025-02-01', end: '2025-06-30' });
  const e2 = await edition(t, seneca, { title: 'Italiano A2', subject: 'ITALIANO', start: '2025-09-01', end: '2026-02-28' });
  const e3 = await edition(t, seneca, { title: 'CV dinamico', subject: 'CV_DINAMICO', start: '2024-11-01', end: '2025-01-31' });
  await enrolment(t, e1, persons.q1, { outcome: 'COMPLETED', qualified: true });
  await enrolment(t, e1, persons.q3, { outcome: 'COMPLETED' });
  await enrolment(t, e1, persons.q2, { outcome: 'DROPPED_OUT' });
  await enrolment(t, e1, persons.q4);
  await enrolment(t, e2, persons.q1);
  await enrolment(t, e2, persons.q4);
  await enrolment(t, e2, persons.q3, { status: 'WITHDRAWN' });
  await enrolment(t, e3, persons.q2, { outcome: 'COMPLETED' });
}

async function ledger(
  t: TestStack,
  e: { account: string; cents: number; on: string; loanId?: string; grantId?: string; budgetLineId?: string },
): Promise<void> {
  await sql(
    t,
    'finance',
    `insert into finance.ledger_entry (id, recorded_at, booked_on, account, amount_cents, loan_id, grant_id, budget_line_id) values (?, now(), ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), e.on, e.account, e.cents, e.loanId ?? null, e.grantId ?? null, e.budgetLineId ?? null],
  );
}

async function loan(t: TestStack, l: { principal: number; status: string; approvedOn: string; disbursedOn?: string }): Promise<string> {
  const id = randomUUID();
  await sql(
    t,
    'finance',
    `insert into finance.loan (id, project_id, bank, principal_cents, annual_rate_bps, term_months, grace_months, status, approved_on, disbursed_on, guarantee_share_bps) values (?, ?, 'Emil Banca', ?, 325, 60, 6, ?, ?, ?, 7000)`,
    [id, randomUUID(), l.principal, l.status, l.approvedOn, l.disbursedOn ?? null],
  );
  return id;
}

async function grant(t: TestStack, g: { total: number; approvedOn: string; status?: string }): Promise<string> {
  const id = randomUUID();
  await sql(
    t,
    'finance',
    `insert into finance."grant" (id, project_id, investment_cents, services_cents, total_cents, approved_on, status) values (?, ?, ?, ?, ?, ?, ?)`,
    [id, randomUUID(), Math.min(g.total, 600_000), Math.max(0, g.total - 600_000), g.total, g.approvedOn, g.status ?? 'OPEN'],
  );
  return id;
}

/** Grants, loans, journal movements, the guarantee plafond and budget lines. */
export async function seedFinanceYear(t: TestStack): Promise<void> {
  const g1 = await grant(t, { total: 800_000, approvedOn: '2025-03-01' });
  await grant(t, { total: 300_000, approvedOn: '2025-05-01', status: 'REFUSED' });
  await grant(t, { total: 100_000, approvedOn: '2024-12-31' });
  const loan1 = await loan(t, { principal: 2_500_000, status: 'REPAYING', approvedOn: '2025-04-01', disbursedOn: '2025-04-15' });
  await loan(t, { principal: 1_000_000, status: 'APPROVED', approvedOn: '2025-10-01' });
  await loan(t, { principal: 500_000, status: 'REPAID', approvedOn: '2024-06-01', disbursedOn: '2024-06-10' });
  await ledger(t, { account: 'LOAN_DISBURSED', cents: 2_500_000, on: '2025-04-15', loanId: loan1 });
  await ledger(t, { account: 'LOAN_PRINCIPAL_REPAID', cents: 300_000, on: '2025-06-01', loanId: loan1 });
  await ledger(t, { account: 'GRANT_DISBURSED', cents: 500_000, on: '2025-03-20', grantId: g1 });
  await ledger(t, { account: 'GRANT_DISBURSED', cents: 100_000, on: '2026-01-05', grantId: g1 });
  await ledger(t, { account: 'STAGE_INDEMNITY_PAID', cents: 45_000, on: '2025-07-31' });
  await sql(
    t,
    'finance',
    `insert into finance.guarantee_plafond (id, effective_from, amount_cents, recorded_at) values (?, '2024-01-01', 15000000, now())`,
    [randomUUID()],
  );
  const line = randomUUID();
  await sql(
    t,
    'finance',
    `insert into finance.budget_line (id, funder, from_year, to_year, label, amount_cents) values (?, 'COMUNE', 2021, 2025, 'Programma IXL', 1000000000), (?, 'REGIONE', 2026, 2027, 'Futuro', 5000000)`,
    [line, randomUUID()],
  );
  await ledger(t, { account: 'BUDGET_COMMITTED', cents: 250_000_000, on: '2023-01-01', budgetLineId: line });
  await ledger(t, { account: 'BUDGET_DISBURSED', cents: 100_000_000, on: '2023-02-01', budgetLineId: line });
}
