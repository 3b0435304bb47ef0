import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, type TestStack } from '@ixl/testkit';
import { demoId } from '@ixl/demo-data';
import { financeSubgraph } from '../src/definition.js';

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

const seed = () => financeSubgraph.seedDemo!(t.stack.subgraphs.finance.orm.em.fork());

describe('finance demo data', () => {
  it('loads the sartoria loan with schedule and repayments, the fund history and the budget, once', async () => {
    const first = await seed();
    expect(first).toEqual({
      seeded: true,
      counts: { loans: 1, installments: 60, repayments: 9, plafonds: 2, budgetLines: 3, approvalRequests: 3 },
    });
    expect(await seed()).toEqual({ seeded: false });
    // Maker-checker demo: three operations prepared by staff@demo.ixl wait for a second person, the oldest overdue.
    const queue = await t.graphql<{ approvalRequests: { kind: string; overdue: boolean; ledgerLines: unknown[] }[] }>(
      '{ approvalRequests(state: PENDING) { kind overdue ledgerLines { account } } }',
      { token: staff },
    );
    expect(queue.data?.approvalRequests.map((q) => q.kind).sort()).toEqual([
      'COMMIT_BUDGET',
      'RECORD_LOAN_REPAYMENT',
      'SET_GUARANTEE_PLAFOND',
    ]);
    expect(queue.data?.approvalRequests.filter((q) => q.overdue).map((q) => q.kind)).toEqual(['COMMIT_BUDGET']);

    type R = {
      loan: {
        status: string;
        principalCents: number;
        annualRateBps: number;
        termMonths: number;
        graceMonths: number;
        installments: { totalCents: number }[];
        repayments: { kind: string }[];
        position: { outstandingPrincipalCents: number; guaranteeExposureCents: number };
      };
    };
    const r = await t.graphql<R>(
      'query($id: ID!) { loan(id: $id) { status principalCents annualRateBps termMonths graceMonths installments { totalCents } repayments { kind } position(asOf: "2021-06-30") { outstandingPrincipalCents guaranteeExposureCents } } }',
      {
        token: staff,
        variables: { id: demoId('loan', 'sartoria-loan') },
      },
    );
    expect(r.errors).toBeUndefined();
    const loan = r.data!.loan;
    expect(loan).toMatchObject({ status: 'REPAYING', principalCents: 2_500_000, annualRateBps: 325, termMonths: 60, graceMonths: 6 });
    expect(loan.installments).toHaveLength(60);
    expect(loan.repayments).toHaveLength(9);
    expect(new Set(loan.repayments.map((x) => x.kind))).toEqual(new Set(['ON_TIME']));
    // 6 interest-only months, then 3 annuities repaying 43,056 + 43,173 + 43,290 cents of principal (Python decimal reference).
    expect(loan.position.outstandingPrincipalCents).toBe(2_500_000 - (43_056 + 43_173 + 43_290));
    expect(loan.position.guaranteeExposureCents).toBe(Math.floor((loan.position.outstandingPrincipalCents * 7000 + 5000) / 10_000));

    const fund = await t.graphql<{
      guaranteeFund: {
        plafondCents: number;
        exposureCents: number;
        freeCapacityCents: number;
        plafondHistory: { effectiveFrom: string; amountCents: number }[];
      };
    }>('{ guaranteeFund { plafondCents exposureCents freeCapacityCents plafondHistory { effectiveFrom amountCents } } }', { token: staff });
    expect(fund.data?.guaranteeFund.plafondHistory.map((p) => p.amountCents)).toEqual([10_000_000, 15_000_000]);
    expect(fund.data?.guaranteeFund).toMatchObject({
      plafondCents: 15_000_000,
      exposureCents: loan.position.guaranteeExposureCents,
      freeCapacityCents: 15_000_000 - loan.position.guaranteeExposureCents,
    });

    const budget = await t.graphql<{
      budgetLines: {
        funder: string;
        fromYear: number;
        toYear: number;
        amountCents: number;
        committedCents: number;
        disbursedCents: number;
      }[];
    }>('{ budgetLines { funder fromYear toYear amountCents committedCents disbursedCents } }', { token: staff });
    expect(budget.data?.budgetLines).toEqual([
      {
        funder: 'ARCIDIOCESI_FONDAZIONE',
        fromYear: 2017,
        toYear: 2021,
        amountCents: 400_000_000,
        committedCents: 2_813_900,
        disbursedCents: 1_533_560,
      },
      { funder: 'COMUNE', fromYear: 2017, toYear: 2021, amountCents: 1_000_000_000, committedCents: 0, disbursedCents: 0 },
      { funder: 'EXTRAORDINARY_FUND', fromYear: 2021, toYear: 2021, amountCents: 100_000_000, committedCents: 0, disbursedCents: 0 },
    ]);
  });
});
