import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, factories, type TestStack } from '@ixl/testkit';
import { todayInRome } from '@ixl/calendar';
import { OutcomeKind, PathKind, SubjectKind } from '../src/entities/enums.js';
import { ProjectStatus as S } from '../src/entities/project.entity.js';
import { ProjectOutcome } from '../src/entities/project-outcome.entity.js';
import { StatusChange } from '../src/entities/status-change.entity.js';
import { createProject } from './factories.js';
import { codeAndField, ok } from './operations.js';

let t: TestStack;
let staff: string;

// Years relative to today (Europe/Rome), so the finance events published now land in the last year of the range.
const Y = Number(todayInRome().slice(0, 4));
const Y1 = Y - 1;
const Y2 = Y - 2;
const Y3 = Y - 3; // kept empty on purpose: empty years are reported

const RESULTS = `query($from: Int!, $to: Int!) { projectResults(fromYear: $from, toYear: $to) {
  fromYear toYear
  years { ...R } total { ...R }
  notFunded { project { id title } presentedOn status lastStepOn lastStepReason partnerships stages jobs lastDecision { outcome } }
  definitions { figure definition definitionIt }
} }
fragment R on ProjectResultsRow { year applications accompanied funded placements stages jobs peopleEmployed placementsWithoutPerson partnerships
  grantedCents loanCents supportValueCents presented presentedNotFunded notFundedRejected notFundedWithdrawn notFundedStandBy notFundedPending }`;

type Row = Record<string, number | null>;
interface Results {
  projectResults: {
    fromYear: number;
    toYear: number;
    years: Row[];
    total: Row;
    notFunded: {
      project: { id: string; title: string };
      presentedOn: string;
      status: string;
      lastStepOn: string | null;
      lastStepReason: string | null;
      partnerships: number;
      stages: number;
      jobs: number;
      lastDecision: { outcome: string } | null;
    }[];
    definitions: { figure: string; definition: string; definitionIt: string }[];
  };
}

const em = () => t.stack.subgraphs.projects.orm.em.fork();

/** Setup only: the path's history rows as the path service writes them. */
async function history(projectId: string, steps: [S, string, string?][]): Promise<void> {
  const e = em();
  let from: string | null = null;
  for (const [to, on, reason] of steps) {
    e.persist(
      e.create(StatusChange, {
        id: randomUUID(),
        subjectKind: SubjectKind.PROJECT,
        subjectId: projectId,
        fromStatus: from,
        toStatus: to,
        reason: reason ?? null,
        on,
        at: new Date(`${on}T10:00:00Z`),
        actorId: null,
      }),
    );
    from = to;
  }
  await e.flush();
}

async function outcome(projectId: string, kind: OutcomeKind, on: string, beneficiaryId: string | null = null): Promise<void> {
  const e = em();
  await e
    .persist(
      e.create(ProjectOutcome, { id: randomUUID(), projectId, kind, description: `${kind} ${on}`, on, placementId: null, beneficiaryId }),
    )
    .flush();
}

async function supportRows(): Promise<number> {
  const [row] = (await em().getConnection().execute('select count(*)::int as n from projects.project_support_ref')) as { n: number }[];
  return row?.n ?? 0;
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  const p1 = randomUUID();
  const p2 = randomUUID();

  // A: applied, accompanied, presented and funded in Y2; monitoring in Y; a partnership in Y2, a stage of P1 in Y1,
  // a stage and a job of P1 and a job of P2 in Y.
  const a = await createProject(t, { title: 'A', status: S.MONITORING, submittedAt: new Date(`${Y2}-03-01T09:00:00Z`) });
  await history(a.id, [
    [S.ACCOMPANIMENT, `${Y2}-04-10`],
    [S.REVIEW, `${Y2}-07-01`],
    [S.EVALUATION_COMMITTEE, `${Y2}-09-01`],
    [S.MANAGEMENT_COMMITTEE, `${Y2}-10-01`],
    [S.FUNDED, `${Y2}-11-15`],
    [S.MONITORING, `${Y}-03-01`],
  ]);
  await outcome(a.id, OutcomeKind.PARTNERSHIP, `${Y2}-12-01`);
  await outcome(a.id, OutcomeKind.STAGE, `${Y1}-09-01`, p1);
  await outcome(a.id, OutcomeKind.STAGE, `${Y}-02-01`, p1);
  await outcome(a.id, OutcomeKind.JOB, `${Y}-05-01`, p1);
  await outcome(a.id, OutcomeKind.JOB, `${Y}-06-01`, p2);
  await outcome(a.id, OutcomeKind.TESTIMONIAL, `${Y}-06-02`); // an obligation, not a result: not counted

  // B: applied and accompanied in Y2, presented in Y and rejected there.
  const b = await createProject(t, { title: 'B', status: S.REJECTED, submittedAt: new Date(`${Y2}-05-01T09:00:00Z`) });
  await history(b.id, [
    [S.ACCOMPANIMENT, `${Y2}-06-01`],
    [S.REVIEW, `${Y}-01-05`],
    [S.EVALUATION_COMMITTEE, `${Y}-01-20`],
    [S.REJECTED, `${Y}-02-10`, 'Sostenibilità non dimostrata'],
  ]);

  // C: submitted at 00:30 on 1 January Y1 in Rome (23:30 UTC on 31 December Y2): an application of Y1.
  const c = await createProject(t, { title: 'C', status: S.WITHDRAWN, submittedAt: new Date(`${Y2}-12-31T23:30:00Z`) });
  await history(c.id, [
    [S.ACCOMPANIMENT, `${Y1}-02-01`],
    [S.REVIEW, `${Y1}-05-01`],
    [S.EVALUATION_COMMITTEE, `${Y1}-06-01`],
    [S.WITHDRAWN, `${Y1}-07-01`, 'Il gruppo si è sciolto'],
  ]);

  // D: applied in Y, still in pre-selection.
  const d = await createProject(t, { title: 'D', status: S.PRE_SELECTION, submittedAt: new Date(`${Y}-01-10T09:00:00Z`) });
  await history(d.id, [[S.PRE_SELECTION, `${Y}-01-15`]]);

  // E: applied, accompanied (Rete sul territorio), presented in Y, then stand-by; a job without the person recorded.
  const e = await createProject(t, {
    title: 'E',
    status: S.STAND_BY,
    pathKind: PathKind.TERRITORIAL_NETWORK,
    submittedAt: new Date(`${Y}-02-01T09:00:00Z`),
  });
  await history(e.id, [
    [S.ACCOMPANIMENT, `${Y}-03-01`],
    [S.REVIEW, `${Y}-04-01`],
    [S.EVALUATION_COMMITTEE, `${Y}-05-01`],
    [S.STAND_BY, `${Y}-06-01`, 'In attesa di una nuova sede'],
  ]);
  await outcome(e.id, OutcomeKind.JOB, `${Y}-07-01`);

  // G: applied long before the range, funded in Y2 (only `funded` counts it in the range).
  const g = await createProject(t, { title: 'G', status: S.FUNDED, submittedAt: new Date(`${Y - 6}-06-01T09:00:00Z`) });
  await history(g.id, [
    [S.ACCOMPANIMENT, `${Y - 6}-07-01`],
    [S.EVALUATION_COMMITTEE, `${Y - 6}-09-01`],
    [S.MANAGEMENT_COMMITTEE, `${Y - 6}-10-01`],
    [S.FUNDED, `${Y2}-02-01`],
  ]);
  Object.assign(ids, { a: a.id, b: b.id, c: c.id, e: e.id });

  // Support opened by finance, delivered through its outbox to the projects read model (opened today, year Y).
  const publish = (type: string, aggregateType: string, payload: Record<string, unknown>) =>
    factories.publishAs(t.stack, 'finance', { type, aggregateType, aggregateId: randomUUID(), payload });
  await publish('GrantOpened', 'Grant', {
    grantId: randomUUID(),
    decisionId: null,
    projectId: a.id,
    totalCents: 800_000,
    investmentCents: 600_000,
    servicesCents: 200_000,
    approvedOn: `${Y2}-11-20`, // counted on its approval day
  });
  // An event from before `approvedOn` existed: counted on the day it happened (today).
  const loanId = randomUUID();
  const loan = {
    loanId,
    decisionId: null,
    projectId: g.id,
    principalCents: 2_500_000,
    annualRateBps: 325,
    termMonths: 60,
    graceMonths: 6,
    guaranteedCents: 1_750_000,
    installmentCents: 48_000,
    firstDueDate: `${Y + 1}-01-31`,
  };
  await publish('LoanOpened', 'Loan', loan);
  await publish('LoanOpened', 'Loan', loan); // redelivered: one row
  // A self-employment path's grant is not a social-innovation project's.
  await publish('GrantOpened', 'Grant', {
    grantId: randomUUID(),
    decisionId: null,
    projectId: randomUUID(),
    totalCents: 500_000,
    investmentCents: 500_000,
    servicesCents: 0,
  });
  for (let i = 0; i < 50 && (await supportRows()) < 3; i++) {
    await factories.drainEvents(t.stack);
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(async () => {
  await t?.stop();
});

const zero = {
  applications: 0,
  accompanied: 0,
  funded: 0,
  placements: 0,
  stages: 0,
  jobs: 0,
  peopleEmployed: 0,
  placementsWithoutPerson: 0,
  partnerships: 0,
  grantedCents: 0,
  loanCents: 0,
  supportValueCents: 0,
  presented: 0,
  presentedNotFunded: 0,
  notFundedRejected: 0,
  notFundedWithdrawn: 0,
  notFundedStandBy: 0,
  notFundedPending: 0,
};

describe('project results (the Social Seed summary from records)', () => {
  it('matches the hand counts per year and in total, empty years included', async () => {
    expect(await supportRows()).toBe(3);
    const r = (await ok<Results>(t, RESULTS, { from: Y3, to: Y }, staff)).projectResults;
    expect(r.years.map((y) => y.year)).toEqual([Y3, Y2, Y1, Y]);
    expect(r.years[0]).toEqual({ year: Y3, ...zero });
    expect(r.years[1]).toEqual({
      year: Y2,
      ...zero,
      applications: 2,
      accompanied: 2,
      funded: 2,
      partnerships: 1,
      presented: 1,
      grantedCents: 800_000,
      supportValueCents: 800_000,
    });
    expect(r.years[2]).toEqual({
      year: Y1,
      ...zero,
      applications: 1,
      accompanied: 1,
      placements: 1,
      stages: 1,
      peopleEmployed: 1,
      presented: 1,
      presentedNotFunded: 1,
      notFundedWithdrawn: 1,
    });
    expect(r.years[3]).toEqual({
      year: Y,
      ...zero,
      applications: 2,
      accompanied: 1,
      placements: 4,
      stages: 1,
      jobs: 3,
      peopleEmployed: 2,
      placementsWithoutPerson: 1,
      loanCents: 2_500_000,
      supportValueCents: 2_500_000,
      presented: 2,
      presentedNotFunded: 2,
      notFundedRejected: 1,
      notFundedStandBy: 1,
    });
    // The total counts each person once (P1 is placed in Y1 and in Y).
    expect(r.total).toEqual({
      year: null,
      applications: 5,
      accompanied: 4,
      funded: 2,
      placements: 5,
      stages: 2,
      jobs: 3,
      peopleEmployed: 2,
      placementsWithoutPerson: 1,
      partnerships: 1,
      grantedCents: 800_000,
      loanCents: 2_500_000,
      supportValueCents: 3_300_000,
      presented: 4,
      presentedNotFunded: 3,
      notFundedRejected: 1,
      notFundedWithdrawn: 1,
      notFundedStandBy: 1,
      notFundedPending: 0,
    });
  });

  it('lists the projects presented to the committee and not funded, with what happened to them', async () => {
    const r = (await ok<Results>(t, RESULTS, { from: Y3, to: Y }, staff)).projectResults;
    expect(r.notFunded.map((n) => [n.project.id, n.presentedOn, n.status, n.lastStepOn, n.lastStepReason, n.jobs])).toEqual([
      [ids.c, `${Y1}-06-01`, 'WITHDRAWN', `${Y1}-07-01`, 'Il gruppo si è sciolto', 0],
      [ids.b, `${Y}-01-20`, 'REJECTED', `${Y}-02-10`, 'Sostenibilità non dimostrata', 0],
      [ids.e, `${Y}-05-01`, 'STAND_BY', `${Y}-06-01`, 'In attesa di una nuova sede', 1],
    ]);
    // A narrower range keeps only what falls in it.
    const only = (await ok<Results>(t, RESULTS, { from: Y1, to: Y1 }, staff)).projectResults;
    expect(only.notFunded.map((n) => n.project.id)).toEqual([ids.c]);
    expect(only.total).toEqual({ ...only.years[0], year: null });
  });

  it('defines every figure in English and Italian', async () => {
    const r = (await ok<Results>(t, RESULTS, { from: Y, to: Y }, staff)).projectResults;
    const figures = r.definitions.map((d) => d.figure);
    for (const f of ['applications', 'accompanied', 'funded', 'placements', 'peopleEmployed', 'partnerships', 'grantedCents'])
      expect(figures).toContain(f);
    for (const d of r.definitions) {
      expect(d.definition.length).toBeGreaterThan(20);
      expect(d.definitionIt.length).toBeGreaterThan(20);
    }
  });

  it('refuses bad years and callers other than staff', async () => {
    expect(codeAndField(await t.graphql(RESULTS, { token: staff, variables: { from: 1999, to: Y } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'fromYear',
    });
    expect(codeAndField(await t.graphql(RESULTS, { token: staff, variables: { from: Y, to: Y - 1 } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'toYear',
    });
    const company = await t.tokenFor('COMPANY');
    expect((await t.graphql(RESULTS, { token: company, variables: { from: Y, to: Y } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
