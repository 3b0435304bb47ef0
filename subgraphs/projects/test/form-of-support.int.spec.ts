import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, type TestStack } from '@ixl/testkit';
import { CommitteeKind } from '../src/entities/enums.js';
import { ProjectStatus } from '../src/entities/project.entity.js';
import { count, createCommittee, factories, outbox, projectAt } from './factories.js';
import { DECIDE, codeAndField, dossierVoted, ok } from './operations.js';

/*
 * The evaluation committee chooses the form of support (loan, grant or non-cash support) and the management committee
 * approves it (seeds/004_d739117af2e17cc1.txt:257-258; seeds/000_ff0b96446bfee347.txt:149-163); the approval opens the
 * matching record in finance. Non-cash support: a course paid, stages funded (seeds/000_ff0b96446bfee347.txt:445, :469).
 */

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

const NON_CASH = {
  kind: 'NON_CASH',
  nonCashItems: [
    { kind: 'COURSE_FEES', description: 'Percorso di Alta Formazione “l’Accessorio dall’idea al prototipo”', valueCents: 350_000 },
    { kind: 'STAGE_FUNDING', description: 'Inserimento di 3 persone in stage', valueCents: 405_000 },
    { kind: 'SERVICES_IN_KIND', description: 'Consulenza di comunicazione', valueCents: 80_000 },
  ],
};
const SUPPORT =
  'query($id: ID!) { project(id: $id) { status decisions { committeeKind fundingKind amountCents nonCashItems { kind description valueCents } } nonCashSupport { kind description valueCents decisionId } supportTotalCents } }';

async function evaluated(funding: Record<string, unknown> | null) {
  const evaluation = await createCommittee(t, CommitteeKind.EVALUATION, 1, 1);
  const management = await createCommittee(t, CommitteeKind.MANAGEMENT, 1, 1);
  const p = await projectAt(t, ProjectStatus.EVALUATION_COMMITTEE);
  const ev = await dossierVoted(t, staff, evaluation.committee.id, p.id, [{ token: evaluation.tokens[0] as string }]);
  const before = await count(t, 'decision');
  const r = await t.graphql(DECIDE, {
    token: evaluation.tokens[0],
    variables: { input: { agendaItemId: ev.itemId, outcome: 'APPROVED', ...(funding ? { funding } : {}) } },
  });
  return { p, ev, r, before, evaluation, management };
}

describe('the form of support', () => {
  it('is chosen by the evaluation committee: approving without it, or with bad items, is refused and writes nothing', async () => {
    const none = await evaluated(null);
    expect(codeAndField(none.r)).toEqual({ code: 'BAD_USER_INPUT', field: 'funding' });
    expect(none.r.errors?.[0]?.extensions?.reason).toBe('EVALUATION_NEEDS_FORM_OF_SUPPORT');
    expect(await count(t, 'decision')).toBe(none.before);

    const empty = await evaluated({ kind: 'NON_CASH', nonCashItems: [] });
    expect(codeAndField(empty.r)).toEqual({ code: 'BAD_USER_INPUT', field: 'funding.nonCashItems' });
    const unvalued = await evaluated({
      kind: 'NON_CASH',
      nonCashItems: [{ kind: 'COURSE_FEES', description: 'Corso OSS', valueCents: 0 }],
    });
    expect(codeAndField(unvalued.r)).toEqual({ code: 'BAD_USER_INPUT', field: 'funding.nonCashItems.0.valueCents' });
    const vague = await evaluated({ kind: 'NON_CASH', nonCashItems: [{ kind: 'COURSE_FEES', description: ' x ', valueCents: 100 }] });
    expect(codeAndField(vague.r)).toEqual({ code: 'BAD_USER_INPUT', field: 'funding.nonCashItems.0.description' });
    const wrongSum = await evaluated({ ...NON_CASH, amountCents: 1 });
    expect(codeAndField(wrongSum.r)).toEqual({ code: 'BAD_USER_INPUT', field: 'funding.amountCents' });
    expect(await count(t, 'decision')).toBe(none.before);
    expect((await ok<{ project: { status: string } }>(t, SUPPORT, { id: none.p.id }, staff)).project.status).toBe('EVALUATION_COMMITTEE');
  });

  it('non-cash support chosen by the evaluation committee is approved by the management committee and recorded in finance', async () => {
    const { p, r, management } = await evaluated(NON_CASH);
    expect(r.errors).toBeUndefined();
    expect(await outbox(t, 'FundingApproved').then((e) => e.filter((x) => x.aggregate_id === p.id))).toHaveLength(0);

    const mg = await dossierVoted(
      t,
      staff,
      management.committee.id,
      p.id,
      [{ token: management.tokens[0] as string }],
      'PROJECT',
      '2026-06-01',
    );
    // another form than the one chosen is refused, nothing written
    const before = await count(t, 'decision');
    const loan = await t.graphql(DECIDE, {
      token: management.tokens[0],
      variables: {
        input: { agendaItemId: mg.itemId, outcome: 'APPROVED', funding: { kind: 'LOAN', amountCents: 1_000_000, termMonths: 24 } },
      },
    });
    expect(codeAndField(loan)).toEqual({ code: 'BAD_USER_INPUT', field: 'funding.kind' });
    expect(loan.errors?.[0]?.extensions?.params).toEqual({ evaluationKind: 'NON_CASH' });
    expect(await count(t, 'decision')).toBe(before);

    // approving without funding approves the evaluation committee's choice
    const approved = await ok<{ recordCommitteeDecision: { fundingKind: string; amountCents: number } }>(
      t,
      DECIDE,
      { input: { agendaItemId: mg.itemId, outcome: 'APPROVED' } },
      management.tokens[0],
    );
    expect(approved.recordCommitteeDecision).toEqual(expect.objectContaining({ fundingKind: 'NON_CASH', amountCents: 835_000 }));
    const events = (await outbox(t, 'FundingApproved')).filter((x) => x.aggregate_id === p.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toMatchObject({ kind: 'NON_CASH', amountCents: 835_000, nonCashItems: NON_CASH.nonCashItems });

    await factories.drainEvents(t.stack);
    await factories.drainEvents(t.stack); // replayed delivery changes nothing
    const view = await ok<{
      project: {
        status: string;
        decisions: { committeeKind: string; fundingKind: string }[];
        nonCashSupport: { kind: string; description: string; valueCents: number; decisionId: string }[];
        supportTotalCents: number;
      };
    }>(t, SUPPORT, { id: p.id }, staff);
    expect(view.project.status).toBe('FUNDED');
    expect(view.project.decisions.map((d) => [d.committeeKind, d.fundingKind])).toEqual([
      ['EVALUATION', 'NON_CASH'],
      ['MANAGEMENT', 'NON_CASH'],
    ]);
    expect(view.project.nonCashSupport.map(({ kind, description, valueCents }) => ({ kind, description, valueCents }))).toEqual(
      NON_CASH.nonCashItems,
    );
    expect(view.project.supportTotalCents).toBe(835_000);

    // staff add non-cash support given later; it counts in the project's total support
    const recorded = await t.graphql('mutation($i: NonCashSupportInput!) { recordNonCashSupport(input: $i) { id } }', {
      token: staff,
      variables: {
        i: {
          projectId: p.id,
          kind: 'SERVICES_IN_KIND',
          description: 'Spazio espositivo in fiera',
          valueCents: 15_000,
          providedOn: '2026-06-20',
        },
      },
    });
    expect(recorded.errors).toBeUndefined();
    const after = await ok<{ project: { nonCashSupport: unknown[]; supportTotalCents: number } }>(t, SUPPORT, { id: p.id }, staff);
    expect(after.project.nonCashSupport).toHaveLength(4);
    expect(after.project.supportTotalCents).toBe(850_000);
    // the committee's members follow the support of the dossiers they decided
    const member = await ok<{ project: { nonCashSupport: unknown[] } }>(t, SUPPORT, { id: p.id }, management.tokens[0]);
    expect(member.project.nonCashSupport).toHaveLength(3);
  });

  it('a grant chosen by the evaluation committee opens a grant in finance when the management committee approves it', async () => {
    const { p, r, management } = await evaluated({ kind: 'GRANT', investmentCents: 600_000, servicesCents: 200_000 });
    expect(r.errors).toBeUndefined();
    const mg = await dossierVoted(
      t,
      staff,
      management.committee.id,
      p.id,
      [{ token: management.tokens[0] as string }],
      'PROJECT',
      '2026-06-01',
    );
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
      management.tokens[0],
    );
    await factories.drainEvents(t.stack);
    const view = await ok<{ project: { grants: { totalCents: number }[]; nonCashSupport: unknown[]; supportTotalCents: number } }>(
      t,
      'query($id: ID!) { project(id: $id) { grants { totalCents } nonCashSupport { id } supportTotalCents } }',
      { id: p.id },
      staff,
    );
    expect(view.project).toEqual({ grants: [{ totalCents: 700_000 }], nonCashSupport: [], supportTotalCents: 700_000 });
  });
});
