import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';
import { IMOLA, seedFinanceYear, seedPeopleYear, seedPlacementYear, seedTrainingYear, type PlacementYear } from './seeded-year.js';

/*
 * The annual report's figures for 2025 on a hand-built year (seeded-year.ts), checked against a count
 * by hand. Days are Europe/Rome days: 2024-12-31T23:30Z is 1 January 2025 in Bologna.
 */
let t: TestStack;
let staff: string;
let year: PlacementYear;
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

const PEOPLE = `query($from: String!, $to: String!, $m: String, $d: String) { peopleReport(from: $from, to: $to, municipalityCode: $m, district: $d) {
  from to registrations registrationsByMonth { key count } interviewed assessed inTarget notInTarget inTargetShare
  readiness { key count share } medianDaysToFirstInterview interviewedWithin15Days shareWithin15Days
  fuoriProtocollo { reason entered current } definitions { figure definition } } }`;
const PLACEMENTS = `query($from: String!, $to: String!, $m: String, $d: String) { companiesPlacementReport(from: $from, to: $to, municipalityCode: $m, district: $d) {
  placements personsPlaced byType { key placements persons } byContract { key placements persons } bySex { key placements persons }
  byNationality { key placements persons } byAge { key placements persons } byMonth { key placements persons }
  byMunicipality { key placements persons } byDistrict { key placements persons } companyRanking { rank companyName placements }
  stagesStarted stagesContinued stagesConverted definitions { figure } } }`;
const TRAINING = `query($from: String!, $to: String!) { trainingReport(from: $from, to: $to) { packages completed droppedOut qualified
  packagesBySubject { key count share } courses { title subject population placements employed permanent placementRate employmentRate permanentRate } definitions { figure } } }`;
const FINANCE = `query($from: String!, $to: String!) { financeReport(from: $from, to: $to) { grantsApprovedCount grantsApprovedCents loansApprovedCount loansApprovedCents
  disbursed { account cents } loansOutstandingCents plafondCents exposureCents calledCents freeCapacityCents
  budgetLines { funder label amountCents committedCents disbursedCents use } definitions { figure } } }`;

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  await seedPeopleYear(t);
  year = await seedPlacementYear(t, staff);
  await seedTrainingYear(t, year.persons);
  await seedFinanceYear(t);
});
afterAll(async () => {
  await t?.stop();
});

describe('peopleReport (2025, hand count)', () => {
  it('counts registrations, interviews, target and readiness shares, days to first interview and fuori protocollo', async () => {
    const r = await t.graphql<{ peopleReport: Record<string, unknown> }>(PEOPLE, { token: staff, variables: YEAR });
    expect(r.errors).toBeUndefined();
    const p = r.data!.peopleReport;
    // Registered in 2025 (Rome days): P1, P2, P6 (Jan), P3 (Feb), P4, P5 (Mar), P9 (Jun), P10 (Nov) = 8; P7 is 31/12/2024, P8 is 1/1/2026.
    expect(p.registrations).toBe(8);
    expect(p.registrationsByMonth).toEqual([
      { key: '2025-01', count: 3 },
      { key: '2025-02', count: 1 },
      { key: '2025-03', count: 2 },
      { key: '2025-06', count: 1 },
      { key: '2025-11', count: 1 },
    ]);
    // First interview in 2025: P1 (10 days), P2 (20), P3 (15), P4 (4), P6 (30), P7 (9), P9 (2) = 7; P10's is in 2026.
    expect(p.interviewed).toBe(7);
    // Assessed: in target P1, P2, P4, P6, P7 = 5; profilo forte P3 = 1; P9 not assessed. Share 5/6.
    expect(p).toMatchObject({ assessed: 6, inTarget: 5, notInTarget: 1, inTargetShare: 0.8333 });
    // Readiness of the 5: PRONTO P1, P4; NON_PRONTO P2; FRAGILE P6; none recorded (in valutazione) P7.
    expect(p.readiness).toEqual([
      { key: 'PRONTO', count: 2, share: 0.4 },
      { key: 'NON_PRONTO', count: 1, share: 0.2 },
      { key: 'FRAGILE', count: 1, share: 0.2 },
      { key: 'IN_VALUTAZIONE', count: 1, share: 0.2 },
    ]);
    // Days sorted 2, 4, 9, 10, 15, 20, 30: median 10; within 15 days: 2, 4, 9, 10, 15 = 5 of 7.
    expect(p).toMatchObject({ medianDaysToFirstInterview: 10, interviewedWithin15Days: 5, shareWithin15Days: 0.7143 });
    // Moves in 2025: P5 unreachable (April), P9 working (July); P11's (not collaborating) was in 2024 but still out today.
    expect(p.fuoriProtocollo).toEqual([
      { reason: 'WORKING', entered: 1, current: 1 },
      { reason: 'UNREACHABLE', entered: 1, current: 1 },
      { reason: 'NOT_COLLABORATING', entered: 0, current: 1 },
    ]);
    expect((p.definitions as { figure: string }[]).map((d) => d.figure)).toContain('shareWithin15Days');
  });

  it('filters by district and by municipality (residence)', async () => {
    const imola = (await t.graphql<{ peopleReport: Record<string, unknown> }>(PEOPLE, { token: staff, variables: { ...YEAR, d: 'Imola' } }))
      .data!.peopleReport;
    // Imola: P3 (Feb; 15 days; forte) and P9 (Jun; 2 days; fuori protocollo working).
    expect(imola).toMatchObject({
      registrations: 2,
      interviewed: 2,
      assessed: 1,
      inTarget: 0,
      inTargetShare: 0,
      medianDaysToFirstInterview: 8.5,
      interviewedWithin15Days: 2,
      shareWithin15Days: 1,
    });
    expect(imola.fuoriProtocollo).toEqual([
      { reason: 'WORKING', entered: 1, current: 1 },
      { reason: 'UNREACHABLE', entered: 0, current: 0 },
      { reason: 'NOT_COLLABORATING', entered: 0, current: 0 },
    ]);
    // Bologna: P1, P2, P5, P6, P10 registered in 2025.
    const bologna = (
      await t.graphql<{ peopleReport: { registrations: number; interviewed: number } }>(PEOPLE, {
        token: staff,
        variables: { ...YEAR, m: '037006' },
      })
    ).data!.peopleReport;
    expect(bologna).toMatchObject({ registrations: 5, interviewed: 4 }); // P1, P2, P6, P7
  });

  it('counts one month on its own (period boundaries in Europe/Rome)', async () => {
    const jan = (
      await t.graphql<{ peopleReport: { registrations: number; interviewed: number } }>(PEOPLE, {
        token: staff,
        variables: { from: '2025-01-01', to: '2025-01-31' },
      })
    ).data!.peopleReport;
    expect(jan).toMatchObject({ registrations: 3, interviewed: 3 }); // P1, P2, P6 registered; P1, P6, P7 interviewed
  });
});

describe('companiesPlacementReport (2025, hand count)', () => {
  it('breaks placements and persons placed down by every dimension', async () => {
    const r = await t.graphql<{ companiesPlacementReport: Record<string, unknown> }>(PLACEMENTS, { token: staff, variables: YEAR });
    expect(r.errors).toBeUndefined();
    const p = r.data!.companiesPlacementReport;
    // In 2025: L1–L8 and L11 = 9 placements of Q1–Q4; L9 (2026) and L10 (2024) are out.
    expect(p).toMatchObject({ placements: 9, personsPlaced: 4 });
    expect(p.byType).toEqual([
      { key: 'ASSUNZIONE', placements: 3, persons: 2 },
      { key: 'LAVORO_AUTONOMO', placements: 1, persons: 1 },
      { key: 'MINI_JOB', placements: 1, persons: 1 },
      { key: 'STAGE', placements: 3, persons: 2 },
      { key: 'TIROCINIO', placements: 1, persons: 1 },
    ]);
    // NONE: L1, L4, L5, L6, L7, L8 (Q1, Q3, Q4, Q2); TD: L2, L11; TI: L3.
    expect(p.byContract).toEqual([
      { key: 'NONE', placements: 6, persons: 4 },
      { key: 'TEMPO_DETERMINATO', placements: 2, persons: 2 },
      { key: 'TEMPO_INDETERMINATO', placements: 1, persons: 1 },
    ]);
    expect(p.bySex).toEqual([
      { key: 'F', placements: 4, persons: 2 },
      { key: 'M', placements: 5, persons: 2 },
    ]);
    expect(p.byNationality).toEqual([
      { key: 'IT', placements: 4, persons: 2 },
      { key: 'NON_IT', placements: 5, persons: 2 },
    ]);
    // Q1 (30) and Q4 (25) under 35; Q2 (45) and Q3 (exactly 35) over.
    expect(p.byAge).toEqual([
      { key: 'OVER_35', placements: 5, persons: 2 },
      { key: 'UNDER_35', placements: 4, persons: 2 },
    ]);
    expect(p.byMonth).toEqual([
      { key: '2025-01', placements: 2, persons: 2 },
      { key: '2025-02', placements: 1, persons: 1 },
      { key: '2025-03', placements: 1, persons: 1 },
      { key: '2025-05', placements: 1, persons: 1 },
      { key: '2025-07', placements: 1, persons: 1 },
      { key: '2025-08', placements: 1, persons: 1 },
      { key: '2025-09', placements: 1, persons: 1 },
      { key: '2025-12', placements: 1, persons: 1 },
    ]);
    expect(p.byMunicipality).toEqual([
      { key: '037006', placements: 5, persons: 2 },
      { key: '037032', placements: 2, persons: 1 },
      { key: '037054', placements: 2, persons: 1 },
    ]);
    expect(p.byDistrict).toEqual([
      { key: 'Bologna', placements: 5, persons: 2 },
      { key: 'Imola', placements: 2, persons: 1 },
      { key: 'Savena-Idice', placements: 2, persons: 1 },
    ]);
    // La Fraternità L1, L2, L4, L5; Rekeep L3, L7, L11; YNAP L6; L8 has no company.
    expect(p.companyRanking).toEqual([
      { rank: 1, companyName: 'La Fraternità', placements: 4 },
      { rank: 2, companyName: 'Rekeep', placements: 3 },
      { rank: 3, companyName: 'YNAP', placements: 1 },
    ]);
    // Stages started L1, L4, L5; L4 continued (extended by L5); L1 converted (L2). L10 started in 2024.
    expect(p).toMatchObject({ stagesStarted: 3, stagesContinued: 1, stagesConverted: 1 });
  });

  it('filters by district and municipality of residence', async () => {
    const imola = (
      await t.graphql<{ companiesPlacementReport: Record<string, unknown> }>(PLACEMENTS, {
        token: staff,
        variables: { ...YEAR, d: 'Imola' },
      })
    ).data!.companiesPlacementReport;
    expect(imola).toMatchObject({
      placements: 2,
      personsPlaced: 1,
      stagesStarted: 2,
      stagesContinued: 1,
      stagesConverted: 0,
      companyRanking: [{ rank: 1, companyName: 'La Fraternità', placements: 2 }],
    });
    const m = (
      await t.graphql<{ companiesPlacementReport: { placements: number } }>(PLACEMENTS, { token: staff, variables: { ...YEAR, m: IMOLA } })
    ).data!.companiesPlacementReport;
    expect(m.placements).toBe(2);
  });
});

describe('trainingReport (2025, hand count)', () => {
  it('counts training packages by subject and the KPIs of the courses ending in the period', async () => {
    const r = await t.graphql<{ trainingReport: Record<string, unknown> }>(TRAINING, { token: staff, variables: YEAR });
    expect(r.errors).toBeUndefined();
    const tr = r.data!.trainingReport;
    // Editions starting in 2025: OSS (Q1, Q2, Q3, Q4) and Italiano (Q1, Q4; Q3 withdrew) = 6 packages; CV dinamico started in 2024.
    expect(tr).toMatchObject({ packages: 6, completed: 2, droppedOut: 1, qualified: 1 });
    expect(tr.packagesBySubject).toEqual([
      { key: 'OSS', count: 4, share: 0.6667 },
      { key: 'ITALIANO', count: 2, share: 0.3333 },
    ]);
    // The window runs from the course start to 12 months after its end (issue 19: the work plan counted OSS
    // placements while the course was running, seeds/003_fe62a26ba95cc30f.txt:1182).
    // CV dinamico (1/11/2024–31/1/2025, window to 31/1/2026): Q2 L10 (31/12/2024), L11, L3 (TI), L8 → 4/1 = 400%, 1/1, permanent 1/1.
    // OSS (1/2–30/6/2025, window to 30/6/2026): Q1 L2 (L1 started before the course); Q2 L3 (TI), L8; Q3 L4 (on the
    // first day), L5; Q4 L6, L7, L9 (1/1/2026) = 8/4 = 200%, employed 4/4, permanent 1/4 = 25%.
    expect(tr.courses).toEqual([
      {
        title: 'CV dinamico',
        subject: 'CV_DINAMICO',
        population: 1,
        placements: 4,
        employed: 1,
        permanent: 1,
        placementRate: 400,
        employmentRate: 100,
        permanentRate: 100,
      },
      {
        title: 'OSS 2025',
        subject: 'OSS',
        population: 4,
        placements: 8,
        employed: 4,
        permanent: 1,
        placementRate: 200,
        employmentRate: 100,
        permanentRate: 25,
      },
    ]);
  });
});

describe('financeReport (2025, hand count)', () => {
  it('totals approvals, disbursements, outstanding loans, fund exposure and budget use', async () => {
    const r = await t.graphql<{ financeReport: Record<string, unknown> }>(FINANCE, { token: staff, variables: YEAR });
    expect(r.errors).toBeUndefined();
    const f = r.data!.financeReport;
    // Grants: €8,000 (1 March) counts; the refused one and the 2024 one do not. Loans: €25,000 + €10,000 approved in 2025.
    expect(f).toMatchObject({ grantsApprovedCount: 1, grantsApprovedCents: 800_000, loansApprovedCount: 2, loansApprovedCents: 3_500_000 });
    expect(f.disbursed).toEqual([
      { account: 'GRANT_DISBURSED', cents: 500_000 },
      { account: 'LOAN_DISBURSED', cents: 2_500_000 },
      { account: 'LOAN_PRINCIPAL_REPAID', cents: 300_000 },
      { account: 'STAGE_INDEMNITY_PAID', cents: 45_000 },
    ]);
    // Outstanding: 25,000 − 3,000 repaid = €22,000. Exposure: 70% × 22,000 + 70% × 10,000 (approved) = €22,400; free 150,000 − 22,400.
    expect(f).toMatchObject({
      loansOutstandingCents: 2_200_000,
      plafondCents: 15_000_000,
      exposureCents: 2_240_000,
      calledCents: 0,
      freeCapacityCents: 12_760_000,
    });
    expect(f.budgetLines).toEqual([
      {
        funder: 'COMUNE',
        label: 'Programma IXL',
        amountCents: 1_000_000_000,
        committedCents: 250_000_000,
        disbursedCents: 100_000_000,
        use: 0.25,
      },
    ]);
  });
});

describe('authorisation and bad input', () => {
  const ALL = [
    ['peopleReport', PEOPLE],
    ['companiesPlacementReport', PLACEMENTS],
    ['trainingReport', TRAINING],
    ['financeReport', FINANCE],
  ] as const;

  it('refuses every report to non-staff roles (FORBIDDEN) and anonymous callers', async () => {
    const company = await t.tokenFor('COMPANY', { companyId: year.companies.rekeep });
    const beneficiary = await t.tokenFor('BENEFICIARY');
    const body = await t.tokenFor('TRAINING_BODY');
    for (const [field, query] of ALL) {
      for (const token of [company, beneficiary, body]) {
        const r = await t.graphql<Record<string, unknown>>(query, { token, variables: YEAR });
        expect(errorCodes(r), field).toEqual(['FORBIDDEN']);
        expect(r.data?.[field] ?? null).toBeNull();
      }
      expect(errorCodes(await t.graphql(query, { variables: YEAR })), field).toEqual(['UNAUTHENTICATED']);
    }
    const admin = await t.tokenFor('ADMIN');
    expect(
      (await t.graphql<{ peopleReport: { registrations: number } }>(PEOPLE, { token: admin, variables: YEAR })).data?.peopleReport
        .registrations,
    ).toBe(8);
  });

  it('rejects a bad period or territory on the field at fault', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ from: '2025-13-01', to: '2025-12-31' }, 'from'],
      [{ from: '2025-12-31', to: '2025-01-01' }, 'to'],
      [{ ...YEAR, m: '999999' }, 'municipalityCode'],
      [{ ...YEAR, d: 'Atlantide' }, 'district'],
    ];
    for (const [variables, field] of cases) {
      for (const query of [PEOPLE, PLACEMENTS]) {
        const r = await t.graphql(query, { token: staff, variables });
        expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
        expect(r.errors?.[0]?.extensions?.field).toBe(field);
      }
    }
    expect(errorCodes(await t.graphql(FINANCE, { token: staff, variables: { from: '2025-01-01', to: 'soon' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
