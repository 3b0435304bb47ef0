import { addDays, todayInRome } from '@ixl/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';
import { CommitteeKind } from '../src/entities/enums.js';
import { count, createCommittee, factories, outbox } from './factories.js';
import { DECIDE, codeAndField, dossierVoted, ok } from './operations.js';

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

const APPLY = 'mutation($input: SelfEmploymentApplicationInput!) { applySelfEmployment(input: $input) { id status beneficiaryId } }';
const MOVE = 'mutation($input: MoveSelfEmploymentInput!) { moveSelfEmploymentPath(input: $input) { id status startedOn } }';
const PLAN =
  'mutation($input: BusinessPlanInput!) { submitSelfEmploymentBusinessPlan(input: $input) { id fundingNeedCents revenueCents } }';
const MEET = 'mutation($input: SelfEmploymentMeetingInput!) { recordSelfEmploymentMeeting(input: $input) { id kind } }';
const PATH =
  'query($id: ID!) { selfEmploymentPath(id: $id) { id status history { toStatus reason } meetings { kind } decisions { committeeKind outcome amountCents } } }';

describe('self-employment path', () => {
  it('goes from a beneficiary’s application to start-up and monitoring, with funding handed to finance', async () => {
    const person = await factories.createBeneficiary(t.stack);
    const beneficiary = await t.tokenFor('BENEFICIARY', { beneficiaryId: person.id });
    const stranger = await t.tokenFor('BENEFICIARY', { beneficiaryId: (await factories.createBeneficiary(t.stack)).id });
    expect(
      codeAndField(await t.graphql(APPLY, { token: beneficiary, variables: { input: { businessIdea: 'bar', sector: 'ETHICAL_FOOD' } } })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'businessIdea' });
    expect(
      errorCodes(await t.graphql(APPLY, { variables: { input: { businessIdea: 'Laboratorio di pasta fresca', sector: 'ETHICAL_FOOD' } } })),
    ).toEqual(['UNAUTHENTICATED']);
    const { applySelfEmployment: path } = await ok<{ applySelfEmployment: { id: string; status: string; beneficiaryId: string } }>(
      t,
      APPLY,
      { input: { businessIdea: 'Laboratorio di pasta fresca a Casalecchio', sector: 'ETHICAL_FOOD' } },
      beneficiary,
    );
    expect(path).toMatchObject({ status: 'SUBMITTED', beneficiaryId: person.id });
    expect(errorCodes(await t.graphql(PATH, { token: stranger, variables: { id: path.id } }))).toEqual(['FORBIDDEN']);

    const move = (to: string, extra: Record<string, unknown> = {}) =>
      t.graphql<{ moveSelfEmploymentPath: { status: string } }>(MOVE, {
        token: staff,
        variables: { input: { pathId: path.id, to, ...extra } },
      });
    expect((await move('ACCOMPANIMENT', { on: '2026-03-01' })).data?.moveSelfEmploymentPath.status).toBe('ACCOMPANIMENT');
    await ok(t, MEET, { input: { pathId: path.id, kind: 'ONE_TO_ONE', heldOn: '2026-03-01', durationMinutes: 90 } }, staff);
    expect(
      codeAndField(
        await t.graphql(PLAN, {
          token: beneficiary,
          variables: {
            input: {
              pathId: path.id,
              summary: 'Pasta fresca per negozi e mense del quartiere',
              revenueCents: [100],
              costsCents: [1, 2, 3],
              fundingNeedCents: 500_000,
            },
          },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'revenueCents' });
    await ok(
      t,
      PLAN,
      {
        input: {
          pathId: path.id,
          summary: 'Pasta fresca per negozi e mense del quartiere',
          revenueCents: [4_000_000, 5_500_000, 6_500_000],
          costsCents: [3_900_000, 4_800_000, 5_400_000],
          fundingNeedCents: 700_000,
        },
      },
      beneficiary,
    );
    expect(
      errorCodes(
        await t.graphql(PLAN, {
          token: stranger,
          variables: {
            input: {
              pathId: path.id,
              summary: 'Tentativo di un altro beneficiario',
              revenueCents: [1, 2, 3],
              costsCents: [1, 2, 3],
              fundingNeedCents: 1,
            },
          },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect((await move('BUSINESS_PLAN', { on: '2026-04-01' })).data?.moveSelfEmploymentPath.status).toBe('BUSINESS_PLAN');
    expect((await move('EVALUATION', { on: '2026-04-20' })).data?.moveSelfEmploymentPath.status).toBe('EVALUATION');
    expect(codeAndField(await move('APPROVED'))).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'to' });

    const evaluation = await createCommittee(t, CommitteeKind.EVALUATION, 2, 2);
    const management = await createCommittee(t, CommitteeKind.MANAGEMENT, 2, 2);
    const ev = await dossierVoted(
      t,
      staff,
      evaluation.committee.id,
      path.id,
      evaluation.tokens.map((token) => ({ token })),
      'SELF_EMPLOYMENT',
      '2026-05-05',
    );
    await ok(t, DECIDE, { input: { agendaItemId: ev.itemId, outcome: 'APPROVED' } }, staff);
    const mg = await dossierVoted(
      t,
      staff,
      management.committee.id,
      path.id,
      management.tokens.map((token) => ({ token })),
      'SELF_EMPLOYMENT',
      '2026-05-20',
    );
    expect(
      codeAndField(
        await t.graphql(DECIDE, {
          token: staff,
          variables: {
            input: {
              agendaItemId: mg.itemId,
              outcome: 'APPROVED',
              funding: { kind: 'GRANT', investmentCents: 600_000, servicesCents: 250_000 },
            },
          },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'funding.servicesCents' });
    await ok(
      t,
      DECIDE,
      {
        input: {
          agendaItemId: mg.itemId,
          outcome: 'APPROVED',
          funding: { kind: 'GRANT', investmentCents: 500_000, servicesCents: 200_000 },
        },
      },
      staff,
    );
    const funding = (await outbox(t, 'FundingApproved')).filter((e) => e.aggregate_id === path.id);
    expect(funding).toHaveLength(1);
    expect(funding[0]?.payload).toMatchObject({
      projectKind: 'SELF_EMPLOYMENT',
      kind: 'GRANT',
      amountCents: 700_000,
      investmentCents: 500_000,
      servicesCents: 200_000,
      beneficiaryId: person.id,
      approvedOn: '2026-05-20',
    });

    expect((await move('STARTED', { on: '2026-06-15' })).data?.moveSelfEmploymentPath.status).toBe('STARTED');
    expect((await move('MONITORING', { on: '2026-06-15', monitoringMode: 'THREE_MEETINGS' })).data?.moveSelfEmploymentPath.status).toBe(
      'MONITORING',
    );
    for (const d of ['2026-07-01', '2026-09-01', '2026-11-01'])
      await ok(t, MEET, { input: { pathId: path.id, kind: 'MONITORING', heldOn: d } }, staff);
    const before = await count(t, 'path_meeting');
    expect(
      codeAndField(
        await t.graphql(MEET, { token: staff, variables: { input: { pathId: path.id, kind: 'MONITORING', heldOn: '2026-12-01' } } }),
      ),
    ).toEqual({ code: 'LIMIT_EXCEEDED', field: 'heldOn' });
    expect(await count(t, 'path_meeting')).toBe(before);
    // A meeting dated after today (Europe/Rome) cannot have been held (issue 19).
    expect(
      codeAndField(
        await t.graphql(MEET, {
          token: staff,
          variables: { input: { pathId: path.id, kind: 'MONITORING', heldOn: addDays(todayInRome(), 1) } },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'heldOn' });
    expect(await count(t, 'path_meeting')).toBe(before);

    const mine = await ok<{
      selfEmploymentPath: {
        status: string;
        history: { toStatus: string }[];
        meetings: { kind: string }[];
        decisions: { committeeKind: string }[];
      };
    }>(t, PATH, { id: path.id }, beneficiary);
    expect(mine.selfEmploymentPath.history.map((h) => h.toStatus)).toEqual([
      'SUBMITTED',
      'ACCOMPANIMENT',
      'BUSINESS_PLAN',
      'EVALUATION',
      'APPROVED',
      'STARTED',
      'MONITORING',
    ]);
    expect(mine.selfEmploymentPath.meetings.map((m) => m.kind)).toEqual(['ONE_TO_ONE', 'MONITORING', 'MONITORING', 'MONITORING']);
    expect(mine.selfEmploymentPath.decisions.map((d) => d.committeeKind)).toEqual(['EVALUATION', 'MANAGEMENT']);

    const funnel = await ok<{ selfEmploymentFunnel: Record<string, number>[] }>(
      t,
      '{ selfEmploymentFunnel(fromYear: 2026, toYear: 2026) { year applied accompanied evaluated approved started rejected withdrawn standBy fundedCents } }',
      {},
      staff,
    );
    expect(funnel.selfEmploymentFunnel).toEqual([
      {
        year: 2026,
        applied: 1,
        accompanied: 1,
        evaluated: 1,
        approved: 1,
        started: 1,
        rejected: 0,
        withdrawn: 0,
        standBy: 0,
        fundedCents: 700_000,
      },
    ]);
  });

  it('stops with a reason: rejected after the one-to-one meetings or by the evaluation committee', async () => {
    const a = await ok<{ applySelfEmployment: { id: string } }>(
      t,
      APPLY,
      {
        input: {
          businessIdea: 'Servizio di pulizie per condomini',
          sector: 'OTHER',
          beneficiaryId: (await factories.createBeneficiary(t.stack)).id,
        },
      },
      staff,
    );
    const move = (pathId: string, to: string, reason?: string) =>
      t.graphql(MOVE, { token: staff, variables: { input: { pathId, to, reason } } });
    await ok(t, MOVE, { input: { pathId: a.applySelfEmployment.id, to: 'ACCOMPANIMENT' } }, staff);
    expect(codeAndField(await move(a.applySelfEmployment.id, 'REJECTED'))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await move(a.applySelfEmployment.id, 'REJECTED', 'Mercato saturo nella zona')).errors).toBeUndefined();
    expect(codeAndField(await move(a.applySelfEmployment.id, 'EVALUATION'))).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'to' });

    const b = await ok<{ applySelfEmployment: { id: string } }>(
      t,
      APPLY,
      {
        input: {
          businessIdea: 'Bottega di biciclette usate',
          sector: 'SPORT_CULTURE_REGENERATION',
          beneficiaryId: (await factories.createBeneficiary(t.stack)).id,
        },
      },
      staff,
    );
    const id = b.applySelfEmployment.id;
    await ok(t, MOVE, { input: { pathId: id, to: 'ACCOMPANIMENT' } }, staff);
    await ok(t, MOVE, { input: { pathId: id, to: 'BUSINESS_PLAN' } }, staff);
    expect(codeAndField(await move(id, 'EVALUATION'))).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'to' }); // no business plan yet
    await ok(
      t,
      PLAN,
      {
        input: {
          pathId: id,
          summary: 'Vendita e riparazione di biciclette usate',
          revenueCents: [3_000_000, 3_500_000, 4_000_000],
          costsCents: [3_100_000, 3_300_000, 3_600_000],
          fundingNeedCents: 400_000,
        },
      },
      staff,
    );
    await ok(t, MOVE, { input: { pathId: id, to: 'EVALUATION' } }, staff);
    const evaluation = await createCommittee(t, CommitteeKind.EVALUATION, 1, 1);
    const { itemId } = await dossierVoted(
      t,
      staff,
      evaluation.committee.id,
      id,
      [{ token: evaluation.tokens[0] as string, choice: 'REJECT' }],
      'SELF_EMPLOYMENT',
    );
    await ok(
      t,
      DECIDE,
      { input: { agendaItemId: itemId, outcome: 'REJECTED', conditions: 'Primo anno in perdita senza copertura' } },
      evaluation.tokens[0],
    );
    const r = await ok<{ selfEmploymentPath: { status: string; history: { toStatus: string; reason: string | null }[] } }>(
      t,
      PATH,
      { id },
      staff,
    );
    expect(r.selfEmploymentPath.status).toBe('REJECTED');
    expect(r.selfEmploymentPath.history.at(-1)).toEqual({ toStatus: 'REJECTED', reason: 'Primo anno in perdita senza copertura' });
  });
});
