import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, type TestStack } from '@ixl/testkit';
import { addDays, todayInRome } from '@ixl/calendar';
import { count, createCommittee, projectAt } from './factories.js';
import { CommitteeKind } from '../src/entities/enums.js';
import { MOVE, LAB, SESSION, codeAndField, ok } from './operations.js';
import { ProjectStatus } from '../src/entities/project.entity.js';

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

const MEETING = 'mutation($input: GovernanceMeetingInput!) { recordGovernanceMeeting(input: $input) { id table heldOn notes } }';
const PLAN = 'mutation($input: WorkPlanInput!) { recordWorkPlan(input: $input) { year approvedOn presentedOn } }';
const DUE = 'query($asOf: String) { governanceDue(asOf: $asOf) { kind table year lastOn dueOn overdue daysOverdue } }';

type Due = {
  kind: string;
  table: string | null;
  year: number | null;
  lastOn: string | null;
  dueOn: string | null;
  overdue: boolean;
  daysOverdue: number;
};
const due = async (asOf: string) => (await ok<{ governanceDue: Due[] }>(t, DUE, { asOf }, staff)).governanceDue;
const reason = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => ({
  code: r.errors?.[0]?.extensions?.code,
  reason: r.errors?.[0]?.extensions?.reason,
  field: r.errors?.[0]?.extensions?.field,
});

describe('governance tables: cadence, work plan, what is overdue', () => {
  it('shows both tables due at once before any meeting is recorded, and the year’s work plan due by 31 December', async () => {
    const rows = await due('2026-05-01');
    expect(rows).toEqual([
      { kind: 'COORDINATION_MEETING', table: 'COORDINATION', year: null, lastOn: null, dueOn: null, overdue: true, daysOverdue: 0 },
      { kind: 'TECHNICAL_MEETING', table: 'TECHNICAL', year: null, lastOn: null, dueOn: null, overdue: true, daysOverdue: 0 },
      {
        kind: 'RESULTS_PRESENTATION',
        table: 'COORDINATION',
        year: 2026,
        lastOn: null,
        dueOn: '2026-12-31',
        overdue: false,
        daysOverdue: 0,
      },
      { kind: 'WORK_PLAN_APPROVAL', table: 'COORDINATION', year: 2026, lastOn: null, dueOn: '2026-12-31', overdue: false, daysOverdue: 0 },
    ]);
  });

  it('records meetings held, never ahead of today (Europe/Rome), once per table and day', async () => {
    const before = await count(t, 'governance_meeting');
    const tomorrow = addDays(todayInRome(), 1);
    expect(reason(await t.graphql(MEETING, { token: staff, variables: { input: { table: 'TECHNICAL', heldOn: tomorrow } } }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'HELD_ON_IN_FUTURE',
      field: 'heldOn',
    });
    expect(
      reason(await t.graphql(MEETING, { token: staff, variables: { input: { table: 'TECHNICAL', heldOn: '2026-02-30' } } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'heldOn',
    });
    const company = await t.tokenFor('COMPANY');
    expect(
      (await t.graphql(MEETING, { token: company, variables: { input: { table: 'TECHNICAL', heldOn: '2026-08-31' } } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await count(t, 'governance_meeting')).toBe(before);

    await ok(t, MEETING, { input: { table: 'TECHNICAL', heldOn: '2026-05-29', notes: 'Scenari del mercato del lavoro' } }, staff);
    const first = await ok<{ recordGovernanceMeeting: { id: string } }>(
      t,
      MEETING,
      { input: { table: 'TECHNICAL', heldOn: '2026-08-31' } },
      staff,
    );
    await ok(t, MEETING, { input: { table: 'COORDINATION', heldOn: '2026-06-15' } }, staff);
    const again = await t.graphql(MEETING, { token: staff, variables: { input: { table: 'TECHNICAL', heldOn: '2026-08-31' } } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', existingId: first.recordGovernanceMeeting.id });
    expect(await count(t, 'governance_meeting')).toBe(before + 3);
  });

  it('computes the next due dates (technical every 3 months, coordination at least every 6) and what is overdue', async () => {
    const rows = await due('2026-12-01');
    const technical = rows.find((r) => r.kind === 'TECHNICAL_MEETING');
    const coordination = rows.find((r) => r.kind === 'COORDINATION_MEETING');
    // 31 August + 3 months = 30 November (end of month clamped); 1 December is one day late.
    expect(technical).toMatchObject({ lastOn: '2026-08-31', dueOn: '2026-11-30', overdue: true, daysOverdue: 1 });
    expect(coordination).toMatchObject({ lastOn: '2026-06-15', dueOn: '2026-12-15', overdue: false, daysOverdue: 0 });
    expect(rows[0]?.kind).toBe('TECHNICAL_MEETING'); // overdue first
    // As of a day before the August meeting, the May one is the last: due 29 August, not overdue on the 30th.
    expect((await due('2026-08-28')).find((r) => r.kind === 'TECHNICAL_MEETING')).toMatchObject({
      lastOn: '2026-05-29',
      dueOn: '2026-08-29',
      overdue: false,
    });
    expect(codeAndField(await t.graphql(DUE, { token: staff, variables: { asOf: '2026-13-01' } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'asOf',
    });
  });

  it('records the work plan approved at a meeting of the Tavolo di coordinamento, then presented', async () => {
    const bad = async (input: Record<string, unknown>) => reason(await t.graphql(PLAN, { token: staff, variables: { input } }));
    expect(await bad({ year: 2026 })).toMatchObject({ reason: 'WORK_PLAN_DATE_REQUIRED', field: 'approvedOn' });
    expect(await bad({ year: 2010, approvedOn: '2026-06-15' })).toMatchObject({ reason: 'WORK_PLAN_YEAR_RANGE', field: 'year' });
    expect(await bad({ year: 2026, approvedOn: '2024-06-15' })).toMatchObject({ reason: 'WORK_PLAN_APPROVAL_YEAR', field: 'approvedOn' });
    expect(await bad({ year: 2026, approvedOn: '2026-03-10' })).toMatchObject({
      reason: 'WORK_PLAN_NEEDS_COORDINATION_MEETING',
      field: 'approvedOn',
    });
    expect(await bad({ year: 2026, presentedOn: '2026-07-01' })).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      reason: 'WORK_PLAN_PRESENTED_BEFORE_APPROVAL',
    });
    expect(await bad({ year: 2026, approvedOn: addDays(todayInRome(), 1) })).toMatchObject({ reason: 'HELD_ON_IN_FUTURE' });
    expect(await count(t, 'work_plan')).toBe(0);

    expect(
      (await ok<{ recordWorkPlan: unknown }>(t, PLAN, { input: { year: 2026, approvedOn: '2026-06-15' } }, staff)).recordWorkPlan,
    ).toEqual({
      year: 2026,
      approvedOn: '2026-06-15',
      presentedOn: null,
    });
    expect(await bad({ year: 2026, presentedOn: '2026-06-14' })).toMatchObject({
      reason: 'WORK_PLAN_PRESENTED_BEFORE_APPROVAL',
      field: 'presentedOn',
    });
    expect(await bad({ year: 2026, approvedOn: '2026-05-29' })).toMatchObject({ code: 'CONFLICT', reason: 'WORK_PLAN_ALREADY_APPROVED' });
    await ok(t, PLAN, { input: { year: 2026, presentedOn: '2026-07-01' } }, staff);

    const rows = await due('2026-12-01');
    expect(rows.filter((r) => r.year === 2026)).toEqual([]);
    // A year later, the 2027 plan is due and the tables are late.
    const next = await due('2027-01-10');
    expect(next.filter((r) => r.year !== null).map((r) => [r.kind, r.year, r.overdue])).toEqual([
      ['RESULTS_PRESENTATION', 2027, false],
      ['WORK_PLAN_APPROVAL', 2027, false],
    ]);
    expect(next.find((r) => r.kind === 'TECHNICAL_MEETING')).toMatchObject({ overdue: true, daysOverdue: 41 });
  });
});

describe('governance committees’ sessions', () => {
  it('count as meetings once their day has come; a session only scheduled does not', async () => {
    const { committee } = await createCommittee(t, CommitteeKind.TECHNICAL, 1, 1);
    const tomorrow = addDays(todayInRome(), 1);
    await ok(t, SESSION, { input: { committeeId: committee.id, heldOn: '2026-10-15' } }, staff);
    await ok(t, SESSION, { input: { committeeId: committee.id, heldOn: tomorrow } }, staff);
    expect((await due('2026-12-01')).find((r) => r.kind === 'TECHNICAL_MEETING')).toMatchObject({
      lastOn: '2026-10-15',
      dueOn: '2027-01-15',
      overdue: false,
    });
    expect((await due(todayInRome())).find((r) => r.kind === 'TECHNICAL_MEETING')?.lastOn).toBe('2026-10-15');
    const r = await ok<{ committees: { id: string; nextSessionDueBy: string | null }[] }>(
      t,
      '{ committees { id nextSessionDueBy } }',
      {},
      staff,
    );
    expect(r.committees.find((c) => c.id === committee.id)?.nextSessionDueBy).toBe('2027-01-15');
  });
});

describe('Rete sul territorio (third accompaniment option)', () => {
  it('is chosen at the intake meeting, has no labs, and reaches the report once a partnership is recorded', async () => {
    const p = await projectAt(t, ProjectStatus.INTAKE_MEETING, { intakeMeetingOn: '2026-03-02' });
    const move = (to: string, extra: Record<string, unknown> = {}) =>
      t.graphql<{ moveProject: { status: string; pathKind: string } }>(MOVE, {
        token: staff,
        variables: { input: { projectId: p.id, to, ...extra } },
      });
    expect((await move('ACCOMPANIMENT', { on: '2026-03-02', pathKind: 'TERRITORIAL_NETWORK' })).data?.moveProject).toMatchObject({
      status: 'ACCOMPANIMENT',
      pathKind: 'TERRITORIAL_NETWORK',
    });
    expect(
      reason(
        await t.graphql(LAB, { token: staff, variables: { input: { projectId: p.id, heldOn: '2026-03-10', facilitator: 'Social Seed' } } }),
      ),
    ).toMatchObject({ reason: 'LABS_ONLY_IN_ACCOMPANIMENT' });
    expect(reason(await move('REVIEW', { on: '2026-04-01' }))).toEqual({
      code: 'ILLEGAL_TRANSITION',
      reason: 'NETWORK_PATH_NEEDS_PARTNERSHIP',
      field: 'to',
    });
    await ok(
      t,
      'mutation($input: ProjectOutcomeInput!) { recordProjectOutcome(input: $input) { id } }',
      {
        input: { projectId: p.id, kind: 'PARTNERSHIP', description: 'Accordo con il Quartiere Navile e due cooperative', on: '2026-03-20' },
      },
      staff,
    );
    expect((await move('REVIEW', { on: '2026-04-01' })).data?.moveProject.status).toBe('REVIEW');
  });
});
