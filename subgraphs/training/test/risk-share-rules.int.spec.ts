import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInRome } from '@ixl/calendar';
import { bootTestStack, errorCodes, factories, until, type TestStack } from '@ixl/testkit';
import { CourseStream } from '../src/entities/course-edition.entity.js';
import { CourseEditionStatus } from '../src/entities/enums.js';
import { Migration20261202110000_risk_share_rules } from '../src/migrations/Migration20261202110000_risk_share_rules.js';
import * as f from './factories.js';

// Issue 19, risk share. Seeds: the 30% "del costo della formazione complessiva" in relation to placement
// success (seeds/003_fe62a26ba95cc30f.txt:1169-1171); OSS counted while running (003:1182), CQC over ~3 years (003:1253).

let t: TestStack;
let staff: string;
let admin: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  admin = await t.tokenFor('ADMIN');
});
afterAll(async () => {
  await t?.stop();
});

const SETTLE =
  'mutation($id: ID!, $asOf: String!) { settleRiskShare(editionId: $id, asOf: $asOf) { id asOf payableCents withheldCents revision } }';
const SETTLE_DUE = 'mutation($asOf: String!) { settleDueRiskShares(asOf: $asOf) { editionId } }';
const AGREE =
  'mutation($id: ID!, $input: RiskShareAgreementInput!) { setRiskShareAgreement(editionId: $id, input: $input) { atRiskPercent targetRatePercent windowMonths windowFrom windowStart windowEnd } }';
const POSITION = `query($id: ID!) { courseEdition(id: $id) { kpis { employed windowStart windowEnd } riskShare {
  atRiskPercent metric targetRatePercent windowMonths windowFrom windowStart windowEnd windowOpen achievedRatePercent atRiskCents projectedPayableCents
  changes { reason reasonCode changedByRole changedBy before after }
  settlement { id payableCents withheldCents achievedRatePercent revision
    revisions { revision reason reasonCode placementStartDate placementId revisedBy achievedRateBefore achievedRateAfter payableBeforeCents payableAfterCents withheldBeforeCents withheldAfterCents deltaCents } }
} } }`;

type Position = {
  kpis: { employed: number; windowStart: string; windowEnd: string };
  riskShare: {
    atRiskPercent: number;
    metric: string;
    targetRatePercent: number;
    windowMonths: number;
    windowFrom: string;
    windowStart: string;
    windowEnd: string;
    windowOpen: boolean;
    achievedRatePercent: number;
    atRiskCents: number;
    projectedPayableCents: number;
    changes: {
      reason: string;
      reasonCode: string | null;
      changedByRole: string;
      changedBy: string | null;
      before: string | null;
      after: string;
    }[];
    settlement: {
      id: string;
      payableCents: number;
      withheldCents: number;
      achievedRatePercent: number;
      revision: number;
      revisions: Record<string, unknown>[];
    } | null;
  } | null;
};
const position = async (id: string, token = staff): Promise<Position> => {
  const r = await t.graphql<{ courseEdition: Position }>(POSITION, { token, variables: { id } });
  expect(r.errors).toBeUndefined();
  return r.data?.courseEdition as Position;
};
const field = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.field;
const outboxCount = (type: string, editionId: string) =>
  f.count(t.stack, `training.outbox_event where type = ? and aggregate_id = ?`, [type, editionId]);

/** An edition with `people` participants, the first `employed` placed once on `placedOn`; an agreement set by staff. */
async function settledCandidate(opts: { startDate: string; endDate: string; people: number; employed: number; placedOn: string }) {
  const body = await f.trainingBody(t.stack);
  const edition = (await f.edition(t.stack, body.id, { startDate: opts.startDate, endDate: opts.endDate, totalCostCents: 2_000_000 }))
    .edition;
  const people = (await f.participants(t.stack, edition.id, opts.people)).map((e) => e.beneficiaryId);
  for (const p of people.slice(0, opts.employed)) await f.placement(t.stack, p, opts.placedOn);
  const agreed = await t.graphql(AGREE, {
    token: staff,
    variables: { id: edition.id, input: { targetRatePercent: 50, metric: 'EMPLOYMENT_RATE', reason: 'Accordo firmato con l’ente' } },
  });
  expect(agreed.errors).toBeUndefined();
  await factories.drainEvents(t.stack);
  return { body, edition, people };
}

describe('settlement dates: only after the window, never after today (Europe/Rome)', () => {
  it('refuses a settlement dated after today and writes nothing; settles when the date is allowed', async () => {
    // Window: course start 2024-11-04 → 12 months after the end (2025-01-31) = 2026-01-31, closed today.
    const { edition } = await settledCandidate({
      startDate: '2024-11-04',
      endDate: '2025-01-31',
      people: 4,
      employed: 2,
      placedOn: '2025-03-01',
    });
    const tomorrow = addDays(todayInRome(), 1);
    for (const asOf of [tomorrow, '2099-12-31']) {
      const refused = await t.graphql(SETTLE, { token: staff, variables: { id: edition.id, asOf } });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(field(refused)).toBe('asOf');
      expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'SETTLEMENT_IN_FUTURE', params: { today: todayInRome() } });
      expect(refused.errors?.[0]?.message).toContain('after today');
    }
    const due = await t.graphql(SETTLE_DUE, { token: staff, variables: { asOf: tomorrow } });
    expect(errorCodes(due)).toEqual(['BAD_USER_INPUT']);
    expect(field(due)).toBe('asOf');
    const bad = await t.graphql(SETTLE, { token: staff, variables: { id: edition.id, asOf: '2026-02-30' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const early = await t.graphql(SETTLE, { token: staff, variables: { id: edition.id, asOf: '2026-01-31' } });
    expect(errorCodes(early)).toEqual(['ILLEGAL_TRANSITION']);
    expect(field(early)).toBe('asOf');
    expect(await f.count(t.stack, 'training.risk_share_settlement where edition_id = ?', [edition.id])).toBe(0);
    expect(await outboxCount('RiskShareSettled', edition.id)).toBe(0);

    const today = await t.graphql<{ settleRiskShare: { asOf: string; payableCents: number } }>(SETTLE, {
      token: staff,
      variables: { id: edition.id, asOf: todayInRome() },
    });
    expect(today.errors).toBeUndefined();
    // 2 of 4 employed = 50% = the target: the whole 30% of €20,000 is paid.
    expect(today.data?.settleRiskShare).toEqual({
      asOf: todayInRome(),
      payableCents: 600_000,
      withheldCents: 0,
      revision: 0,
      id: expect.any(String),
    });
  });

  it('the job settles on the first day after the window, as Rome counts days', async () => {
    // Window end: 2024-03-29 + 12 months = 2025-03-29 (a Saturday; Rome is UTC+1 that night).
    const { edition } = await settledCandidate({
      startDate: '2024-01-08',
      endDate: '2024-03-29',
      people: 4,
      employed: 1,
      placedOn: '2024-05-02',
    });
    expect((await position(edition.id)).riskShare?.windowEnd).toBe('2025-03-29');
    const settlements = () => f.count(t.stack, 'training.risk_share_settlement where edition_id = ?', [edition.id]);
    // 23:30 in Rome on the last day of the window: not yet.
    await t.stack.subgraphs.training.jobs.runNow('settle-due-risk-shares', new Date('2025-03-29T22:30:00Z'));
    expect(await settlements()).toBe(0);
    // 00:30 in Rome on 30 March (still 23:30 UTC on the 29th): the first allowed day.
    await t.stack.subgraphs.training.jobs.runNow('settle-due-risk-shares', new Date('2025-03-29T23:30:00Z'));
    expect(await settlements()).toBe(1);
    const [row] = await t.stack.subgraphs.training.orm.em
      .fork()
      .execute<{ as_of: string; settled_by: string | null }[]>(
        `select as_of::text as as_of, settled_by from training.risk_share_settlement where edition_id = ?`,
        [edition.id],
      );
    expect(row).toEqual({ as_of: '2025-03-30', settled_by: null });
  });
});

describe('a placement recorded after settlement inside the window adjusts it (audited)', () => {
  it('updates the settlement, keeps a revision, books the difference in finance, mails the body and staff; redelivery and out-of-window placements change nothing', async () => {
    // €20,000 course, 30% = €6,000 at risk; target 50% employment; 3 of 10 employed at settlement = 30% → €3,600.
    const { body, edition, people } = await settledCandidate({
      startDate: '2024-01-08',
      endDate: '2024-06-28',
      people: 10,
      employed: 3,
      placedOn: '2024-09-02',
    });
    const bodyAccount = await factories.createAccount(t.stack, { role: 'TRAINING_BODY', trainingBodyId: body.id });
    const bodyToken = await t.login(bodyAccount.email, bodyAccount.password);
    const staffAccount = await factories.createAccount(t.stack, { role: 'STAFF' });
    const settled = await t.graphql<{ settleRiskShare: { id: string; payableCents: number; withheldCents: number } }>(SETTLE, {
      token: staff,
      variables: { id: edition.id, asOf: '2025-07-01' },
    });
    expect(settled.data?.settleRiskShare).toMatchObject({ payableCents: 360_000, withheldCents: 240_000 });
    const settlementId = settled.data?.settleRiskShare.id as string;
    await factories.drainEvents(t.stack);
    const finance = t.stack.subgraphs.finance.orm.em;
    const ledger = async () => {
      const [r] = await finance
        .fork()
        .execute<{ total: string; n: number }[]>(
          `select coalesce(sum(amount_cents), 0)::text as total, count(*)::int as n from finance.ledger_entry where account = 'SETTLEMENT_PAYABLE' and settlement_id = ?`,
          [settlementId],
        );
      return { total: Number(r?.total), n: r?.n };
    };
    expect(await ledger()).toEqual({ total: 360_000, n: 1 });

    // Late: the 4th participant started on 2025-02-10 (inside the window ending 2025-06-28), recorded only now.
    const late = await f.placement(t.stack, people[3] as string, '2025-02-10');
    await factories.drainEvents(t.stack);
    const after = await position(edition.id, bodyToken);
    expect(after.riskShare?.settlement).toMatchObject({
      id: settlementId,
      payableCents: 480_000,
      withheldCents: 120_000,
      achievedRatePercent: 40,
      revision: 1,
    });
    expect(after.riskShare?.settlement?.revisions).toEqual([
      {
        revision: 1,
        reason: expect.stringContaining(late),
        reasonCode: 'PLACEMENT_RECORDED_LATE',
        placementStartDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        placementId: late,
        revisedBy: null,
        achievedRateBefore: 30,
        achievedRateAfter: 40,
        payableBeforeCents: 360_000,
        payableAfterCents: 480_000,
        withheldBeforeCents: 240_000,
        withheldAfterCents: 120_000,
        deltaCents: 120_000,
      },
    ]);
    expect(await outboxCount('RiskShareSettlementAdjusted', edition.id)).toBe(1);
    await factories.drainEvents(t.stack);
    expect(await ledger()).toEqual({ total: 480_000, n: 2 });
    const [fs] = await finance
      .fork()
      .execute<{ payable_cents: string; withheld_cents: string }[]>(
        `select payable_cents::text, withheld_cents::text from finance.training_settlement where id = ?`,
        [settlementId],
      );
    expect(fs).toEqual({ payable_cents: '480000', withheld_cents: '120000' });

    // The body and the staff are told (real mail through the capture inbox).
    const subject = `Rettifica della liquidazione: ${edition.title}`;
    const mails = async () =>
      (
        (
          await t.graphql<{ capturedMail: { to: string; subject: string; text: string }[] }>(
            '{ capturedMail(first: 200) { to subject text } }',
            { token: staff },
          )
        ).data?.capturedMail ?? []
      ).filter((m) => m.subject === subject);
    await until(async () => {
      const to = (await mails()).map((m) => m.to);
      return to.includes(bodyAccount.email) && to.includes(staffAccount.email);
    });
    const bodyMail = (await mails()).find((m) => m.to === bodyAccount.email);
    expect(bodyMail?.text).toContain('3.600,00');
    expect(bodyMail?.text).toContain('4.800,00');
    expect(bodyMail?.text).toContain('/ente/');
    // Why, in Italian words: no placement id, no ISO date, not the English log sentence of the revision.
    expect(bodyMail?.text).toContain('un inserimento lavorativo iniziato il 10 febbraio 2025, entro la finestra di valutazione');
    expect(bodyMail?.text).not.toMatch(/Placement|settlement|\d{4}-\d{2}-\d{2}/);

    // Redelivery of the same placement, a second placement of someone already employed, one after the window: nothing new.
    await f.placement(t.stack, people[3] as string, '2025-02-10', 'TEMPO_DETERMINATO', late);
    await f.placement(t.stack, people[0] as string, '2025-03-01');
    await f.placement(t.stack, people[4] as string, '2025-06-29');
    await factories.drainEvents(t.stack);
    expect(await f.count(t.stack, 'training.risk_share_settlement_revision where settlement_id = ?', [settlementId])).toBe(1);
    expect(await outboxCount('RiskShareSettlementAdjusted', edition.id)).toBe(1);
    expect(await ledger()).toEqual({ total: 480_000, n: 2 });

    // A second late one (the 5th person, on the last day of the window) reaches the target: revision 2, +€1,200.
    await f.placement(t.stack, people[4] as string, '2025-06-28');
    await factories.drainEvents(t.stack);
    await factories.drainEvents(t.stack);
    const second = await position(edition.id);
    expect(second.riskShare?.settlement).toMatchObject({ payableCents: 600_000, withheldCents: 0, revision: 2 });
    expect(second.riskShare?.settlement?.revisions.map((r) => [r.revision, r.deltaCents])).toEqual([
      [2, 120_000],
      [1, 120_000],
    ]);
    expect(await ledger()).toEqual({ total: 600_000, n: 3 });
  });
});

describe('the agreement: 30% from activation of every 2.b course; changes audited', () => {
  let editionId: string;

  beforeAll(async () => {
    const body = await f.trainingBody(t.stack);
    editionId = (
      await f.edition(t.stack, body.id, {
        stream: CourseStream.PROFESSIONAL,
        status: CourseEditionStatus.DRAFT,
        startDate: '2027-01-11',
        endDate: '2027-04-30',
        seats: 12,
        totalCostCents: 3_000_000,
      })
    ).edition.id;
    const company = await factories.createCompany(t.stack);
    const set = await t.graphql(
      'mutation($id: ID!, $c: [HiringCommitmentInput!]!) { setCourseHiringCommitments(editionId: $id, commitments: $c) { positions } }',
      { token: staff, variables: { id: editionId, c: [{ companyId: company.id, positions: 6 }] } },
    );
    expect(set.errors).toBeUndefined();
  });

  it('has no agreement before activation and the protocol’s one from activation, audited as created with it', async () => {
    expect((await position(editionId)).riskShare).toBeNull();
    const activated = await t.graphql('mutation($id: ID!) { activateCourseEdition(editionId: $id) { status } }', {
      token: staff,
      variables: { id: editionId },
    });
    expect(activated.errors).toBeUndefined();
    const p = (await position(editionId)).riskShare;
    expect(p).toMatchObject({
      atRiskPercent: 30,
      atRiskCents: 900_000,
      metric: 'EMPLOYMENT_RATE',
      targetRatePercent: 50, // 6 committed positions ÷ 12 seats
      windowMonths: 12,
      windowFrom: 'COURSE_START',
      windowStart: '2027-01-11',
      windowEnd: '2028-04-30',
      windowOpen: true,
    });
    expect(p?.changes).toHaveLength(1);
    // The system's reason is a code the portals word in the reader's language (issue 21).
    expect(p?.changes[0]).toMatchObject({
      changedByRole: 'STAFF',
      before: null,
      reason: expect.stringContaining('30%'),
      reasonCode: 'PROTOCOL_AGREEMENT',
    });
  });

  it('refuses staff changing the share or the terms, and any change without a reason; nothing is written', async () => {
    const before = await position(editionId);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ atRiskPercent: 40, reason: 'Ente in difficoltà' }, 'FORBIDDEN', 'atRiskPercent'],
      [{ targetRatePercent: 70, reason: 'Obiettivo più alto' }, 'FORBIDDEN', 'input'],
      [{ mode: 'ALL_OR_NOTHING', reason: 'Tutto o niente' }, 'FORBIDDEN', 'input'],
      [{ windowMonths: 24 }, 'BAD_USER_INPUT', 'reason'],
      [{ windowMonths: 24, reason: '   ok  ' }, 'BAD_USER_INPUT', 'reason'],
      [{ windowMonths: 0, reason: 'Finestra nulla' }, 'BAD_USER_INPUT', 'windowMonths'],
      [{ windowMonths: 61, reason: 'Finestra enorme' }, 'BAD_USER_INPUT', 'windowMonths'],
    ];
    for (const [input, code, at] of cases) {
      const r = await t.graphql(AGREE, { token: staff, variables: { id: editionId, input } });
      expect(errorCodes(r), JSON.stringify(input)).toEqual([code]);
      expect(field(r), JSON.stringify(input)).toBe(at);
    }
    const adminBad = await t.graphql(AGREE, {
      token: admin,
      variables: { id: editionId, input: { atRiskPercent: 0, reason: 'Quota nulla' } },
    });
    expect(errorCodes(adminBad)).toEqual(['BAD_USER_INPUT']);
    const bodyToken = await t.tokenFor('TRAINING_BODY');
    expect(
      errorCodes(
        await t.graphql(AGREE, { token: bodyToken, variables: { id: editionId, input: { windowMonths: 24, reason: 'Più tempo' } } }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await position(editionId)).toEqual(before);
    expect(await f.count(t.stack, 'training.risk_share_agreement_change where edition_id = ?', [editionId])).toBe(1);
  });

  it('lets staff set the window and an ADMIN the terms, each with a reason, kept with the terms before and after', async () => {
    const window = await t.graphql<{ setRiskShareAgreement: Record<string, unknown> }>(AGREE, {
      token: staff,
      variables: { id: editionId, input: { windowMonths: 36, reason: 'CQC: inserimenti su circa tre anni' } },
    });
    expect(window.data?.setRiskShareAgreement).toMatchObject({
      windowMonths: 36,
      windowEnd: '2030-04-30',
      atRiskPercent: 30,
      targetRatePercent: 50,
    });
    const terms = await t.graphql<{ setRiskShareAgreement: Record<string, unknown> }>(AGREE, {
      token: admin,
      variables: { id: editionId, input: { targetRatePercent: 60, atRiskPercent: 25, reason: 'Delibera del Tavolo tecnico' } },
    });
    expect(terms.data?.setRiskShareAgreement).toMatchObject({ atRiskPercent: 25, targetRatePercent: 60, windowMonths: 36 });
    const changes = (await position(editionId)).riskShare?.changes ?? [];
    expect(changes.map((c) => [c.changedByRole, c.reason, c.reasonCode])).toEqual([
      ['ADMIN', 'Delibera del Tavolo tecnico', null],
      ['STAFF', 'CQC: inserimenti su circa tre anni', null],
      ['STAFF', expect.stringContaining('30%'), 'PROTOCOL_AGREEMENT'],
    ]);
    expect(JSON.parse(changes[0]?.before ?? '{}')).toMatchObject({ atRiskBps: 3000, targetBps: 5000, windowMonths: 36 });
    expect(JSON.parse(changes[0]?.after ?? '{}')).toMatchObject({ atRiskBps: 2500, targetBps: 6000, windowMonths: 36 });
    expect(changes.every((c) => c.changedBy)).toBe(true);
    // The same values again: no change, no audit row.
    await t.graphql(AGREE, { token: staff, variables: { id: editionId, input: { windowMonths: 36, reason: 'Di nuovo la stessa' } } });
    expect(await f.count(t.stack, 'training.risk_share_agreement_change where edition_id = ?', [editionId])).toBe(3);
  });

  it('gives no agreement to a transversal course at activation', async () => {
    const body = await f.trainingBody(t.stack);
    const id = (await f.edition(t.stack, body.id, { status: CourseEditionStatus.DRAFT, startDate: '2027-02-01', endDate: '2027-02-26' }))
      .edition.id;
    await t.graphql('mutation($id: ID!) { activateCourseEdition(editionId: $id) { status } }', { token: staff, variables: { id } });
    expect((await position(id)).riskShare).toBeNull();
  });

  it('the migration gives active or completed 2.b courses without an agreement the protocol’s one, and nothing to others', async () => {
    const body = await f.trainingBody(t.stack);
    const make = (stream: CourseStream, status: CourseEditionStatus) =>
      f.edition(t.stack, body.id, { stream, status, seats: 10, startDate: '2021-01-11', endDate: '2021-05-28' }).then((e) => e.edition.id);
    const without = await make(CourseStream.PROFESSIONAL, CourseEditionStatus.COMPLETED);
    const draft = await make(CourseStream.PROFESSIONAL, CourseEditionStatus.DRAFT);
    const transversal = await make(CourseStream.TRANSVERSAL, CourseEditionStatus.COMPLETED);
    const orm = t.stack.subgraphs.training.orm;
    const migration = new Migration20261202110000_risk_share_rules(orm.em.getDriver(), orm.config);
    await migration.up();
    const backfill = migration.getQueries().at(-1) as string;
    const em = orm.em.fork();
    await em.execute(backfill);
    await em.execute(backfill); // a second run finds nothing missing
    const agreements = async (id: string) =>
      em.execute<{ at_risk_bps: number; target_bps: number; window_from: string }[]>(
        `select at_risk_bps, target_bps, window_from from training.risk_share_agreement where edition_id = ?`,
        [id],
      );
    expect(await agreements(without)).toEqual([{ at_risk_bps: 3000, target_bps: 1000, window_from: 'COURSE_START' }]);
    expect(await agreements(draft)).toEqual([]);
    expect(await agreements(transversal)).toEqual([]);
    expect(
      await f.count(t.stack, `training.risk_share_agreement_change where edition_id = ? and changed_by_role = 'SYSTEM'`, [without]),
    ).toBe(1);
  });
});

describe('the counting window: from the course start by default, per agreement, shown with every figure', () => {
  it('counts a placement during the course by default and not with a window from the course end; open/closed is true today', async () => {
    const { edition, people } = await settledCandidate({
      startDate: '2025-09-01',
      endDate: '2025-12-19',
      people: 4,
      employed: 0,
      placedOn: '2025-10-01',
    });
    await f.placement(t.stack, people[0] as string, '2025-10-15'); // while the course runs (as the OSS 2020 figures did)
    await f.placement(t.stack, people[1] as string, '2025-08-29'); // before it started: never
    await factories.drainEvents(t.stack);
    let p = await position(edition.id);
    expect(p.kpis).toEqual({ employed: 1, windowStart: '2025-09-01', windowEnd: '2026-12-19' });
    expect(p.riskShare).toMatchObject({ windowStart: '2025-09-01', windowEnd: '2026-12-19', achievedRatePercent: 25 });
    expect(p.riskShare?.windowOpen).toBe(todayInRome() <= '2026-12-19');
    const changed = await t.graphql(AGREE, {
      token: staff,
      variables: { id: edition.id, input: { windowFrom: 'COURSE_END', windowMonths: 6, reason: 'Solo dopo la fine del corso' } },
    });
    expect(changed.errors).toBeUndefined();
    p = await position(edition.id);
    expect(p.riskShare).toMatchObject({
      windowFrom: 'COURSE_END',
      windowStart: '2025-12-19',
      windowEnd: '2026-06-19',
      achievedRatePercent: 0,
      windowOpen: false,
    });
    // The edition's own KPIs keep the course-start default.
    expect(p.kpis.employed).toBe(1);
  });
});
