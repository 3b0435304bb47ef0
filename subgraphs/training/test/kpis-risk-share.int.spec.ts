import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { CourseStream } from '../src/entities/course-edition.entity.js';
import { CourseEditionStatus } from '../src/entities/enums.js';
import * as f from './factories.js';

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

const KPIS =
  'query($id: ID!, $basis: CourseKpiBasis) { courseEdition(id: $id) { kpis(basis: $basis) { population placements employed permanent placementRate employmentRate permanentRate windowStart windowEnd } } }';
type Kpis = {
  population: number;
  placements: number;
  employed: number;
  permanent: number;
  placementRate: number;
  employmentRate: number;
  permanentRate: number;
  windowStart: string;
  windowEnd: string;
};
const kpis = async (id: string, token: string, basis = 'ALL_PARTICIPANTS') => {
  const r = await t.graphql<{ courseEdition: { kpis: Kpis } }>(KPIS, { token, variables: { id, basis } });
  expect(r.errors).toBeUndefined();
  return r.data?.courseEdition.kpis as Kpis;
};

/** Spreads `placements` over the first `employed` participants (one each, then round robin), in the window. */
async function placeParticipants(ids: string[], placements: number, employed: number, permanent: number, from: string): Promise<void> {
  for (let i = 0; i < placements; i++) {
    const who = i % employed;
    const contract = i < employed && who < permanent ? 'TEMPO_INDETERMINATO' : 'TEMPO_DETERMINATO';
    await f.placement(t.stack, ids[who] as string, from, contract);
  }
}

describe('course KPIs from companies placement events (docs/domain.md §3)', () => {
  let oss: string;
  let ossPeople: string[];
  let pulizie: string;
  let cqc: string;
  let cqcBodyToken: string;

  beforeAll(async () => {
    const seneca = await f.trainingBody(t.stack, 'Seneca test');
    // OSS (Seneca, 2020): 22 participants, 41 placements, 20 employed.
    oss = (await f.edition(t.stack, seneca.id, { startDate: '2020-02-03', endDate: '2020-10-30', totalCostCents: 8_800_000 })).edition.id;
    ossPeople = (await f.participants(t.stack, oss, 22)).map((e) => e.beneficiaryId);
    await placeParticipants(ossPeople, 41, 20, 4, '2020-11-16');
    // Not counted: before the course start, after the 12-month window, someone not enrolled.
    await f.placement(t.stack, ossPeople[21] as string, '2020-01-15');
    await f.placement(t.stack, ossPeople[21] as string, '2021-10-31');
    await f.placement(t.stack, '00000000-0000-4000-8000-000000000001', '2020-12-01');

    const ecipar = await f.trainingBody(t.stack, 'Ecipar test');
    pulizie = (await f.edition(t.stack, ecipar.id, { startDate: '2019-03-04', endDate: '2019-05-31', totalCostCents: 1_960_000 })).edition
      .id;
    await placeParticipants(
      (await f.participants(t.stack, pulizie, 14)).map((e) => e.beneficiaryId),
      24,
      9,
      2,
      '2019-05-31',
    );

    const irecoop = await f.trainingBody(t.stack, 'IRECOOP test');
    cqc = (
      await f.edition(t.stack, irecoop.id, {
        startDate: '2018-09-10',
        endDate: '2019-01-25',
        totalCostCents: 4_200_000,
        status: CourseEditionStatus.COMPLETED,
      })
    ).edition.id;
    const cqcEnrolments = await f.participants(t.stack, cqc, 12);
    await placeParticipants(
      cqcEnrolments.slice(0, 6).map((e) => e.beneficiaryId),
      21,
      6,
      5,
      '2019-03-01',
    );
    cqcBodyToken = await t.tokenFor('TRAINING_BODY', { trainingBodyId: irecoop.id });
    // The body records the outcomes: the first 6 obtained the licence, the others completed without it.
    for (const [i, e] of cqcEnrolments.entries()) {
      const r = await t.graphql(
        'mutation($input: CourseOutcomeInput!) { recordCourseOutcome(input: $input) { id outcome qualificationObtained } }',
        {
          token: cqcBodyToken,
          variables: {
            input: {
              enrolmentId: e.id,
              outcome: 'COMPLETED',
              qualificationObtained: i < 6,
              qualificationName: i < 6 ? 'Patente D + CQC' : null,
            },
          },
        },
      );
      expect(r.errors).toBeUndefined();
    }
    await factories.drainEvents(t.stack);
  });

  it('reproduces OSS 2020: 41/22 = 186.4%, 20/22 = 90.9%', async () => {
    expect(await kpis(oss, staff)).toMatchObject({
      population: 22,
      placements: 41,
      employed: 20,
      permanent: 4,
      placementRate: 186.4,
      employmentRate: 90.9,
      permanentRate: 18.2,
      windowStart: '2020-02-03',
      windowEnd: '2021-10-30',
    });
  });

  it('reproduces Addetto pulizie 2019: 24/14 = 171.4%, 9/14 = 64.3%', async () => {
    expect(await kpis(pulizie, staff)).toMatchObject({
      population: 14,
      placements: 24,
      employed: 9,
      placementRate: 171.4,
      employmentRate: 64.3,
    });
  });

  it('reproduces CQC 2018 on everyone (175%, 50%) and on the 6 who got the licence (350%, 100%, 83.3%)', async () => {
    expect(await kpis(cqc, staff)).toMatchObject({ population: 12, placements: 21, employed: 6, placementRate: 175, employmentRate: 50 });
    expect(await kpis(cqc, cqcBodyToken, 'QUALIFIED')).toMatchObject({
      population: 6,
      placements: 21,
      employed: 6,
      permanent: 5,
      placementRate: 350,
      employmentRate: 100,
      permanentRate: 83.3,
    });
    expect(await kpis(cqc, staff, 'COMPLETED')).toMatchObject({ population: 12, placements: 21 });
  });

  it('ignores a redelivered placement event and publishes EditionKpisChanged', async () => {
    const id = await f.placement(t.stack, ossPeople[0] as string, '2020-12-01');
    await factories.drainEvents(t.stack);
    expect((await kpis(oss, staff)).placements).toBe(42);
    await f.placement(t.stack, ossPeople[0] as string, '2020-12-01', 'TEMPO_DETERMINATO', id);
    await factories.drainEvents(t.stack);
    expect(await f.count(t.stack, 'training.placement_fact where placement_id = ?', [id])).toBe(1);
    expect((await kpis(oss, staff)).placements).toBe(42);
    const [last] = await t.stack.subgraphs.training.orm.em
      .fork()
      .execute<{ payload: { placements: number; placementRate: number } }[]>(
        `select payload from training.outbox_event where type = 'EditionKpisChanged' and aggregate_id = ? order by id desc limit 1`,
        [oss],
      );
    expect(last?.payload).toMatchObject({ placements: 42, placementRate: 190.9 });
  });
});

describe('2.b professional courses', () => {
  it('cannot be activated before positions are identified; transversal ones can', async () => {
    const body = await f.trainingBody(t.stack);
    const create = (stream: string) =>
      t.graphql<{ createCourseEdition: { id: string; status: string } }>(
        'mutation($input: CreateCourseEditionInput!) { createCourseEdition(input: $input) { id status } }',
        {
          token: staff,
          variables: {
            input: {
              trainingBodyId: body.id,
              // Two editions of one body starting the same day need two titles (one edition per body, title, start).
              title: stream === CourseStream.PROFESSIONAL ? 'Addetto pulizie (qualifica)' : 'Addetto pulizie (base)',
              subject: 'ADDETTO_PULIZIE',
              stream,
              startDate: '2027-01-11',
              endDate: '2027-03-19',
              seats: 14,
              totalCostCents: 1_960_000,
            },
          },
        },
      );
    const activate = (id: string) =>
      t.graphql<{ activateCourseEdition: { status: string } }>('mutation($id: ID!) { activateCourseEdition(editionId: $id) { status } }', {
        token: staff,
        variables: { id },
      });
    const professional = (await create(CourseStream.PROFESSIONAL)).data?.createCourseEdition.id as string;
    const refused = await activate(professional);
    expect(errorCodes(refused)).toEqual(['ILLEGAL_TRANSITION']);
    expect(refused.errors?.[0]?.extensions?.field).toBe('hiringCommitments');
    expect(await f.count(t.stack, `training.course_edition where id = ? and status = 'DRAFT'`, [professional])).toBe(1);

    const company = await factories.createCompany(t.stack, 'Rekeep test');
    const set = await t.graphql<{ setCourseHiringCommitments: { company: { id: string }; positions: number }[] }>(
      'mutation($id: ID!, $c: [HiringCommitmentInput!]!) { setCourseHiringCommitments(editionId: $id, commitments: $c) { company { id } positions } }',
      { token: staff, variables: { id: professional, c: [{ companyId: company.id, positions: 6 }] } },
    );
    expect(set.data?.setCourseHiringCommitments).toEqual([{ company: { id: company.id }, positions: 6 }]);
    expect((await activate(professional)).data?.activateCourseEdition.status).toBe('ACTIVE');
    const read = await t.graphql<{ courseEdition: { committedCompanies: { id: string; name: string }[] } }>(
      'query($id: ID!) { courseEdition(id: $id) { committedCompanies { id name } } }',
      { token: staff, variables: { id: professional } },
    );
    expect(read.data?.courseEdition.committedCompanies).toEqual([{ id: company.id, name: 'Rekeep test' }]);

    const transversal = (await create(CourseStream.TRANSVERSAL)).data?.createCourseEdition.id as string;
    expect((await activate(transversal)).data?.activateCourseEdition.status).toBe('ACTIVE');
  });
});

describe('risk sharing (30% of the cost at risk)', () => {
  const SETTLE =
    'mutation($id: ID!, $asOf: String!) { settleRiskShare(editionId: $id, asOf: $asOf) { id atRiskCents payableCents withheldCents achievedRatePercent targetRatePercent mode windowEnd } }';
  const AGREE =
    'mutation($id: ID!, $input: RiskShareAgreementInput!) { setRiskShareAgreement(editionId: $id, input: $input) { atRiskPercent atRiskCents projectedPayableCents windowEnd } }';
  let editionId: string;
  let bodyToken: string;

  beforeAll(async () => {
    const body = await f.trainingBody(t.stack);
    bodyToken = await t.tokenFor('TRAINING_BODY', { trainingBodyId: body.id });
    editionId = (await f.edition(t.stack, body.id, { startDate: '2019-03-04', endDate: '2019-05-31', totalCostCents: 1_960_000 })).edition
      .id;
    await placeParticipants(
      (await f.participants(t.stack, editionId, 14)).map((e) => e.beneficiaryId),
      24,
      9,
      2,
      '2019-06-10',
    );
    await factories.drainEvents(t.stack);
  });

  it('shows the training body its live position and settles proportionally once the window closes', async () => {
    const agreed = await t.graphql<{
      setRiskShareAgreement: { atRiskPercent: number; atRiskCents: number; projectedPayableCents: number; windowEnd: string };
    }>(AGREE, {
      token: staff,
      variables: { id: editionId, input: { targetRatePercent: 80, metric: 'EMPLOYMENT_RATE', reason: 'Accordo con l’ente per il corso' } },
    });
    expect(agreed.data?.setRiskShareAgreement).toEqual({
      atRiskPercent: 30,
      atRiskCents: 588_000,
      projectedPayableCents: 472_500,
      windowEnd: '2020-05-31',
    });
    const live = await t.graphql<{
      courseEdition: {
        riskShare: { achievedRatePercent: number; projectedPayableCents: number; projectedWithheldCents: number; settlement: null };
      };
    }>(
      'query($id: ID!) { courseEdition(id: $id) { riskShare { achievedRatePercent projectedPayableCents projectedWithheldCents settlement { id } } } }',
      { token: bodyToken, variables: { id: editionId } },
    );
    expect(live.data?.courseEdition.riskShare).toEqual({
      achievedRatePercent: 64.3,
      projectedPayableCents: 472_500,
      projectedWithheldCents: 115_500,
      settlement: null,
    });

    const early = await t.graphql(SETTLE, { token: staff, variables: { id: editionId, asOf: '2020-05-31' } });
    expect(errorCodes(early)).toEqual(['ILLEGAL_TRANSITION']);
    expect(await f.count(t.stack, 'training.risk_share_settlement where edition_id = ?', [editionId])).toBe(0);
    expect(errorCodes(await t.graphql(SETTLE, { token: bodyToken, variables: { id: editionId, asOf: '2020-06-01' } }))).toEqual([
      'FORBIDDEN',
    ]);

    const settled = await t.graphql<{ settleRiskShare: Record<string, unknown> }>(SETTLE, {
      token: staff,
      variables: { id: editionId, asOf: '2020-06-01' },
    });
    expect(settled.data?.settleRiskShare).toMatchObject({
      atRiskCents: 588_000,
      payableCents: 472_500,
      withheldCents: 115_500,
      achievedRatePercent: 64.3,
      targetRatePercent: 80,
      mode: 'PROPORTIONAL',
      windowEnd: '2020-05-31',
    });
    const again = await t.graphql<{ settleRiskShare: { id: string } }>(SETTLE, {
      token: staff,
      variables: { id: editionId, asOf: '2020-07-01' },
    });
    expect(again.data?.settleRiskShare.id).toBe(settled.data?.settleRiskShare.id);
    const events = await t.stack.subgraphs.training.orm.em
      .fork()
      .execute<{ payload: Record<string, unknown> }[]>(
        `select payload from training.outbox_event where type = 'RiskShareSettled' and aggregate_id = ?`,
        [editionId],
      );
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toMatchObject({
      editionId,
      payableCents: 472_500,
      withheldCents: 115_500,
      atRiskCents: 588_000,
      totalCostCents: 1_960_000,
      mode: 'PROPORTIONAL',
    });
    expect(
      errorCodes(
        await t.graphql(AGREE, { token: staff, variables: { id: editionId, input: { windowMonths: 6, reason: 'Finestra più corta' } } }),
      ),
    ).toEqual(['ILLEGAL_TRANSITION']);
  });

  it('settles all-or-nothing: nothing below the target, everything at or above it (timer entry point)', async () => {
    const admin = await t.tokenFor('ADMIN');
    const body = await f.trainingBody(t.stack);
    const below = (await f.edition(t.stack, body.id, { startDate: '2019-03-01', endDate: '2019-05-31', totalCostCents: 1_000_000 })).edition
      .id;
    const above = (await f.edition(t.stack, body.id, { startDate: '2019-03-01', endDate: '2019-05-31', totalCostCents: 1_000_001 })).edition
      .id;
    for (const [id, employed] of [
      [below, 5],
      [above, 6],
    ] as const) {
      await placeParticipants(
        (await f.participants(t.stack, id, 10)).map((e) => e.beneficiaryId),
        employed,
        employed,
        0,
        '2019-07-01',
      );
      // A share other than the protocol's 30% is an administrator's decision, with a reason.
      const r = await t.graphql(AGREE, {
        token: admin,
        variables: {
          id,
          input: {
            targetRatePercent: 60,
            mode: 'ALL_OR_NOTHING',
            atRiskPercent: 25,
            windowMonths: 6,
            windowFrom: 'COURSE_END',
            reason: 'Accordo di prova',
          },
        },
      });
      expect(r.errors).toBeUndefined();
    }
    await factories.drainEvents(t.stack);
    const due = await t.graphql<{
      settleDueRiskShares: { editionId: string; atRiskCents: number; payableCents: number; withheldCents: number }[];
    }>('mutation { settleDueRiskShares(asOf: "2019-12-01") { editionId atRiskCents payableCents withheldCents } }', { token: staff });
    const byId = new Map((due.data?.settleDueRiskShares ?? []).map((s) => [s.editionId, s]));
    expect(byId.get(below)).toEqual({ editionId: below, atRiskCents: 250_000, payableCents: 0, withheldCents: 250_000 });
    expect(byId.get(above)).toEqual({ editionId: above, atRiskCents: 250_000, payableCents: 250_000, withheldCents: 0 });
    const rerun = await t.graphql<{ settleDueRiskShares: unknown[] }>(
      'mutation { settleDueRiskShares(asOf: "2019-12-02") { editionId } }',
      { token: staff },
    );
    expect(rerun.data?.settleDueRiskShares).toEqual([]);
    // The scheduled job does the same on its timer: nothing left to settle, nothing settled twice.
    const settlements = await f.count(t.stack, 'training.risk_share_settlement where edition_id in (?, ?)', [below, above]);
    expect(await t.stack.subgraphs.training.jobs.runNow('settle-due-risk-shares', new Date('2019-12-03T10:00:00Z'))).toBe(true);
    expect(await f.count(t.stack, 'training.risk_share_settlement where edition_id in (?, ?)', [below, above])).toBe(settlements);
  });
});
