import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, withApproval, type TestStack } from '@ixl/testkit';
import { approveFunding, countRows, financeSql, fundingApproved, loanOfDecision, outboxTypes, snapshot } from './factories.js';

let t: TestStack;
let staff: string;
let approver: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  approver = await t.tokenFor('ADMIN');
});
afterAll(async () => {
  await t?.stop();
});

/** Money mutations under maker-checker: prepared as `token`, approved by a second user (an ADMIN). */
const money = <T = Record<string, unknown>>(
  resultType: string,
  query: string,
  o: { token?: string; variables?: Record<string, unknown> },
) => withApproval<T>(t, query, { token: o.token ?? '', variables: o.variables, approver, resultType });

const SIMULATE = `query($input: LoanSimulationInput!) { simulateLoan(input: $input) { installmentCents totalInterestCents installments { number dueDate principalCents interestCents totalCents balanceCents } } }`;
const FUND = '{ guaranteeFund { plafondCents exposureCents calledCents freeCapacityCents plafondHistory { effectiveFrom amountCents } } }';
const REPAY =
  'mutation($input: LoanRepaymentInput!) { recordLoanRepayment(input: $input) { kind interestCents principalCents earlyPrincipalCents } }';
type Fund = { guaranteeFund: { plafondCents: number; exposureCents: number; calledCents: number; freeCapacityCents: number } };
const fund = async () => (await t.graphql<Fund>(FUND, { token: staff })).data?.guaranteeFund;

describe('simulateLoan (public, writes nothing)', () => {
  it('gives anonymous callers the €25,000 / 3.25% / 60 months / 6 grace plan', async () => {
    const before = await snapshot(t);
    const r = await t.graphql<{
      simulateLoan: {
        installmentCents: number;
        totalInterestCents: number;
        installments: { principalCents: number; interestCents: number; dueDate: string }[];
      };
    }>(SIMULATE, {
      variables: { input: { principalCents: 2_500_000, termMonths: 60, graceMonths: 6, startDate: '2020-09-15' } },
    });
    expect(r.errors).toBeUndefined();
    const s = r.data!.simulateLoan;
    expect(s.installments).toHaveLength(60);
    expect(s.installmentCents).toBe(49_827);
    expect(s.totalInterestCents).toBe(231_270);
    expect(s.installments[0]).toMatchObject({ principalCents: 0, interestCents: 6_771, dueDate: '2020-10-15' });
    expect(s.installments.reduce((a, x) => a + x.principalCents, 0)).toBe(2_500_000);
    expect(await snapshot(t)).toEqual(before);
  });

  it.each([
    [{ principalCents: 2_500_001, termMonths: 60, graceMonths: 6 }, 'principalCents'],
    [{ principalCents: 1_000_000, termMonths: 61, graceMonths: 0 }, 'termMonths'],
    [{ principalCents: 1_000_000, termMonths: 5, graceMonths: 0 }, 'termMonths'],
    [{ principalCents: 1_000_000, termMonths: 36, graceMonths: 7 }, 'graceMonths'],
    [{ principalCents: 1_000_000, termMonths: 36, graceMonths: 0, annualRatePercent: 3.255 }, 'annualRatePercent'],
    [{ principalCents: 1_000_000, termMonths: 36, graceMonths: 0, startDate: '2021-13-01' }, 'startDate'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (input, field) => {
    const r = await t.graphql(SIMULATE, { variables: { input } });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.field).toBe(field);
  });
});

describe('loans from funding decisions, and the rotating guarantee fund', () => {
  const a = fundingApproved({ amountCents: 2_500_000, approvedOn: '2026-01-15', termMonths: 60, graceMonths: 6 });
  const b = fundingApproved({ amountCents: 1_000_000, approvedOn: '2026-01-20', termMonths: 24, graceMonths: 0 });
  let loanA: string;
  let loanB: string;

  it('appends plafond history (€100k → €20k for this test) and shows it to staff only', async () => {
    for (const [amountCents, effectiveFrom] of [
      [10_000_000, '2017-01-01'],
      [2_000_000, '2025-01-01'],
    ] as const) {
      const r = await money(
        'GuaranteePlafond',
        'mutation($a: Int!, $d: String!) { setGuaranteePlafond(amountCents: $a, effectiveFrom: $d) { amountCents } }',
        { token: staff, variables: { a: amountCents, d: effectiveFrom } },
      );
      expect(r.errors).toBeUndefined();
    }
    expect(await fund()).toMatchObject({ plafondCents: 2_000_000, exposureCents: 0, freeCapacityCents: 2_000_000 });
    const historic = await t.graphql<{ guaranteeFund: { plafondCents: number } }>(
      '{ guaranteeFund(asOf: "2020-06-01") { plafondCents } }',
      { token: staff },
    );
    expect(historic.data?.guaranteeFund.plafondCents).toBe(10_000_000);
    const company = await t.tokenFor('COMPANY', { companyId: '00000000-0000-4000-8000-000000000001' });
    expect(errorCodes(await t.graphql(FUND, { token: company }))).toEqual(['FORBIDDEN']);
  });

  it('opens a loan with its schedule once, even when the decision is delivered twice', async () => {
    await approveFunding(t, a);
    await approveFunding(t, a);
    const loan = await loanOfDecision(t, a.decisionId);
    loanA = loan.id;
    expect([loan.status, loan.refusal_reason]).toEqual(['APPROVED', null]);
    expect(await financeSql(t, 'select 1 from "finance"."loan_installment" where "loan_id" = ?', [loanA])).toHaveLength(60);
    expect((await outboxTypes(t)).filter((x) => x === 'LoanOpened')).toHaveLength(1);
    expect(await fund()).toMatchObject({ exposureCents: 1_750_000, freeCapacityCents: 250_000 });
  });

  it('refuses a loan whose guarantee exceeds the free capacity: recorded for staff, nothing booked, no dead letter', async () => {
    const before = await snapshot(t);
    await approveFunding(t, b);
    const loan = await loanOfDecision(t, b.decisionId);
    loanB = loan.id;
    expect(loan.status).toBe('REFUSED');
    expect(loan.refusal_reason).toMatch(/guarantee of €7,000\.00 exceeds the guarantee fund's free capacity of €2,500\.00/);
    const after = await snapshot(t);
    expect(after.ledger_entry).toBe(before.ledger_entry);
    expect(after.loan_installment).toBe(before.loan_installment);
    expect(await countRows(t, 'event_dead_letter')).toBe(0);
    expect((await outboxTypes(t)).at(-1)).toBe('LoanRefused');
    const r = await t.graphql<{
      loans: { id: string; status: string; refusalReason: string | null; refusalReasonCode: string | null; refusalParams: unknown }[];
    }>('{ loans { id status refusalReason refusalReasonCode refusalParams } }', { token: staff });
    // The reason code and its params (portals word them in Italian or English), not only the English sentence.
    expect(r.data?.loans.find((l) => l.id === loanB)).toMatchObject({
      status: 'REFUSED',
      refusalReasonCode: 'GUARANTEE_FUND_CAPACITY',
      refusalParams: { guaranteedCents: 700_000, freeCapacityCents: 250_000 },
    });
    expect(r.data?.loans.find((l) => l.id === loanA)).toMatchObject({ refusalReasonCode: null, refusalParams: null });
    const retry = await t.graphql('mutation($id: ID!) { retryLoanGuarantee(loanId: $id) { status } }', {
      token: staff,
      variables: { id: loanB },
    });
    expect(errorCodes(retry)).toEqual(['LIMIT_EXCEEDED']);
    expect(retry.errors?.[0]?.message).toMatch(/exceeds the guarantee fund's free capacity/);
    expect(await snapshot(t)).toEqual(after);
  });

  it('rotates: repaid principal frees capacity, and the refused loan can then open', async () => {
    const d = await money('Loan', 'mutation($i: DisburseLoanInput!) { disburseLoan(input: $i) { status disbursedOn } }', {
      token: staff,
      variables: { i: { loanId: loanA, contractDate: '2026-01-20', disbursedOn: '2026-01-25' } },
    });
    expect(d.errors).toBeUndefined();
    const early = await money<{ recordLoanRepayment: { kind: string; earlyPrincipalCents: number; interestCents: number } }>(
      'LoanRepayment',
      REPAY,
      {
        token: staff,
        variables: { input: { loanId: loanA, paidOn: '2026-02-01', amountCents: 1_000_000 } },
      },
    );
    expect(early.data?.recordLoanRepayment).toEqual({ kind: 'EARLY', interestCents: 0, principalCents: 0, earlyPrincipalCents: 1_000_000 });
    expect(await fund()).toMatchObject({ exposureCents: 1_050_000, freeCapacityCents: 950_000 });
    const retry = await money<{ retryLoanGuarantee: { status: string } }>(
      'Loan',
      'mutation($id: ID!) { retryLoanGuarantee(loanId: $id) { status } }',
      { token: staff, variables: { id: loanB } },
    );
    expect(retry.data?.retryLoanGuarantee.status).toBe('APPROVED');
    expect(await fund()).toMatchObject({ exposureCents: 1_750_000, freeCapacityCents: 250_000 });
    expect(await financeSql(t, 'select 1 from "finance"."loan_installment" where "loan_id" = ?', [loanB])).toHaveLength(24);
  });

  it('records on-time, partial and late repayments, arrears with days past due, and refuses over-payment unchanged', async () => {
    await money('Loan', 'mutation($i: DisburseLoanInput!) { disburseLoan(input: $i) { status } }', {
      token: staff,
      variables: { i: { loanId: loanB, contractDate: '2026-01-20', disbursedOn: '2026-01-20' } },
    });
    type Loan = {
      loan: {
        status: string;
        installments: { totalCents: number; dueDate: string }[];
        position: { overdueCents: number; daysPastDue: number; outstandingPrincipalCents: number };
      };
    };
    const q =
      'query($id: ID!, $on: String) { loan(id: $id) { status installments { totalCents dueDate } position(asOf: $on) { overdueCents daysPastDue outstandingPrincipalCents } } }';
    const first = (await t.graphql<Loan>(q, { token: staff, variables: { id: loanB, on: '2026-02-20' } })).data!.loan;
    const [i1, i2] = first.installments;
    expect(i1!.dueDate).toBe('2026-02-20');
    const onTime = await money<{ recordLoanRepayment: { kind: string } }>('LoanRepayment', REPAY, {
      token: staff,
      variables: { input: { loanId: loanB, paidOn: '2026-02-20', amountCents: i1!.totalCents } },
    });
    expect(onTime.data?.recordLoanRepayment.kind).toBe('ON_TIME');
    const partial = await money<{ recordLoanRepayment: { kind: string } }>('LoanRepayment', REPAY, {
      token: staff,
      variables: { input: { loanId: loanB, paidOn: '2026-03-25', amountCents: 10_000 } },
    });
    expect(partial.data?.recordLoanRepayment.kind).toBe('PARTIAL');
    const arrears = await t.graphql<{ assessLoanArrears: { id: string; status: string }[] }>(
      'mutation { assessLoanArrears(asOf: "2026-04-04") { id status } }',
      { token: staff },
    );
    expect(arrears.data?.assessLoanArrears.map((l) => l.id)).toContain(loanB);
    const late = (await t.graphql<Loan>(q, { token: staff, variables: { id: loanB, on: '2026-04-04' } })).data!.loan;
    expect(late.status).toBe('IN_ARREARS');
    expect(late.position).toMatchObject({ daysPastDue: 15, overdueCents: i2!.totalCents - 10_000 });
    expect(
      await financeSql(t, `select 1 from "finance"."outbox_event" where "type" = 'LoanInArrears' and "aggregate_id" = ?`, [loanB]),
    ).toHaveLength(1);
    const catchUp = await money<{ recordLoanRepayment: { kind: string } }>('LoanRepayment', REPAY, {
      token: staff,
      variables: { input: { loanId: loanB, paidOn: '2026-04-04', amountCents: i2!.totalCents - 10_000 } },
    });
    expect(catchUp.data?.recordLoanRepayment.kind).toBe('LATE');
    expect((await t.graphql<Loan>(q, { token: staff, variables: { id: loanB, on: '2026-04-04' } })).data!.loan.status).toBe('REPAYING');

    const before = await snapshot(t);
    const outstanding = late.position.outstandingPrincipalCents;
    const tooMuch = await money('LoanRepayment', REPAY, {
      token: staff,
      variables: { input: { loanId: loanB, paidOn: '2026-04-05', amountCents: outstanding + 1_000_000 } },
    });
    expect(errorCodes(tooMuch)).toEqual(['BAD_USER_INPUT']);
    expect(tooMuch.errors?.[0]?.extensions?.field).toBe('amountCents');
    const bad = await money('LoanRepayment', REPAY, {
      token: staff,
      variables: { input: { loanId: loanB, paidOn: '2026-04-05', amountCents: -5 } },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(await snapshot(t)).toEqual(before);
  });

  it('calls the guarantee when a loan defaults: 70% of the outstanding principal leaves the fund', async () => {
    const before = await fund();
    const r = await money<{ declareLoanDefault: { status: string } }>(
      'Loan',
      'mutation($id: ID!) { declareLoanDefault(loanId: $id, on: "2026-06-01") { status } }',
      { token: staff, variables: { id: loanA } },
    );
    expect(r.data?.declareLoanDefault.status).toBe('DEFAULTED');
    const calls = await financeSql<{ amount: string }>(
      t,
      `select "amount_cents"::text as "amount" from "finance"."ledger_entry" where "account" = 'GUARANTEE_CALLED' and "loan_id" = ?`,
      [loanA],
    );
    expect(calls.map((c) => Number(c.amount))).toEqual([1_050_000]);
    expect(await fund()).toMatchObject({
      calledCents: 1_050_000,
      exposureCents: before!.exposureCents - 1_050_000,
      freeCapacityCents: before!.freeCapacityCents,
    });
    const again = await money('Loan', 'mutation($id: ID!) { declareLoanDefault(loanId: $id, on: "2026-06-02") { status } }', {
      token: staff,
      variables: { id: loanA },
    });
    expect(errorCodes(again)).toEqual(['ILLEGAL_TRANSITION']);
  });

  it.each([
    [{ amountCents: 2_500_001 }, /€25,000/],
    [{ termMonths: 61, graceMonths: 0 }, /6 and 60 months/],
    [{ termMonths: 24, graceMonths: 7 }, /at most 6 months/],
  ])('refuses a decision breaking a product limit (%j): REFUSED with the reason, ledger unchanged', async (overrides, reason) => {
    const before = await snapshot(t);
    const p = fundingApproved({ amountCents: 100_000, ...overrides });
    await approveFunding(t, p);
    const loan = await loanOfDecision(t, p.decisionId);
    expect(loan.status).toBe('REFUSED');
    expect(loan.refusal_reason).toMatch(reason);
    const after = await snapshot(t);
    expect(after.ledger_entry).toBe(before.ledger_entry);
    expect(after.loan_installment).toBe(before.loan_installment);
  });
});

describe('malformed funding events', () => {
  it('are refused visibly instead of failing the consumer (no dead letter, nothing booked)', async () => {
    const before = await snapshot(t);
    const p = fundingApproved({ amountCents: 'lots' as unknown as number, termMonths: 12.5, approvedOn: 'yesterday' });
    await approveFunding(t, p);
    const loan = await loanOfDecision(t, p.decisionId);
    expect(loan.status).toBe('REFUSED');
    expect(await countRows(t, 'event_dead_letter')).toBe(0);
    expect((await snapshot(t)).ledger_entry).toBe(before.ledger_entry);
  });
});

describe('who sees which loan', () => {
  it('shows an applicant only its own loan, denies others and committee members without leaking', async () => {
    const beneficiaryId = (await factories.createBeneficiary(t.stack)).id;
    const p = fundingApproved({ amountCents: 100_000, termMonths: 12, graceMonths: 0, beneficiaryId });
    await approveFunding(t, p);
    const own = await loanOfDecision(t, p.decisionId);
    const mine = await t.tokenFor('BENEFICIARY', { beneficiaryId });
    const other = await t.tokenFor('BENEFICIARY', { beneficiaryId: (await factories.createBeneficiary(t.stack)).id });
    const committee = await t.tokenFor('COMMITTEE_MEMBER');
    const list = await t.graphql<{ loans: { id: string }[] }>('{ loans { id } }', { token: mine });
    expect(list.data?.loans.map((l) => l.id)).toEqual([own.id]);
    expect((await t.graphql<{ loans: unknown[] }>('{ loans { id } }', { token: other })).data?.loans).toEqual([]);
    const q = 'query($id: ID!) { loan(id: $id) { id principalCents } }';
    expect((await t.graphql<{ loan: { id: string } }>(q, { token: mine, variables: { id: own.id } })).data?.loan.id).toBe(own.id);
    const denied = await t.graphql(q, { token: other, variables: { id: own.id } });
    const missing = await t.graphql(q, { token: other, variables: { id: '00000000-0000-4000-8000-00000000dead' } });
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(errorCodes(missing)).toEqual(['FORBIDDEN']);
    expect(denied.data?.loan ?? null).toBeNull();
    // A committee member who did not decide this dossier sees nothing of it.
    expect((await t.graphql<{ loans: unknown[] }>('{ loans { id } }', { token: committee })).data?.loans).toEqual([]);
    expect(errorCodes(await t.graphql(q, { token: committee, variables: { id: own.id } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.graphql('{ loans { id } }'))).toEqual(['UNAUTHENTICATED']);
    const mutate = await money('Loan', 'mutation($id: ID!) { declareLoanDefault(loanId: $id, on: "2026-06-01") { status } }', {
      token: mine,
      variables: { id: own.id },
    });
    expect(errorCodes(mutate)).toEqual(['FORBIDDEN']);
  });
});

describe('committee members and the funding of their dossiers', () => {
  it('shows a loan to the members of the committees that decided it, and to no other member', async () => {
    const member = await factories.createAccount(t.stack, { role: 'COMMITTEE_MEMBER' });
    const outsider = await factories.createAccount(t.stack, { role: 'COMMITTEE_MEMBER' });
    const p = fundingApproved({ amountCents: 200_000, termMonths: 24, graceMonths: 0, committeeMemberUserIds: [member.id] });
    await approveFunding(t, p);
    const loan = await loanOfDecision(t, p.decisionId);
    const memberToken = await t.login(member.email, member.password);
    const outsiderToken = await t.login(outsider.email, outsider.password);
    const q = 'query($id: ID!) { loan(id: $id) { id principalCents } }';
    expect(
      (await t.graphql<{ loan: { id: string; principalCents: number } }>(q, { token: memberToken, variables: { id: loan.id } })).data?.loan,
    ).toEqual({ id: loan.id, principalCents: 200_000 });
    expect((await t.graphql<{ loans: { id: string }[] }>('{ loans { id } }', { token: memberToken })).data?.loans.map((l) => l.id)).toEqual(
      [loan.id],
    );
    const denied = await t.graphql(q, { token: outsiderToken, variables: { id: loan.id } });
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(denied.data?.loan ?? null).toBeNull();
    expect((await t.graphql<{ loans: unknown[] }>('{ loans { id } }', { token: outsiderToken })).data?.loans).toEqual([]);
  });
});

describe('the journal is append-only in the database', () => {
  it('rejects UPDATE, DELETE and TRUNCATE on ledger entries and leaves them as they were', async () => {
    const rows = await financeSql<{ id: string; amount: string }>(
      t,
      'select "id", "amount_cents"::text as "amount" from "finance"."ledger_entry" order by "id" limit 1',
    );
    expect(rows).toHaveLength(1);
    const count = await countRows(t, 'ledger_entry');
    await expect(financeSql(t, 'update "finance"."ledger_entry" set "amount_cents" = 1 where "id" = ?', [rows[0]!.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(financeSql(t, 'delete from "finance"."ledger_entry" where "id" = ?', [rows[0]!.id])).rejects.toThrow(/append-only/);
    await expect(financeSql(t, 'truncate "finance"."ledger_entry"')).rejects.toThrow(/append-only/);
    await expect(financeSql(t, 'update "finance"."loan_repayment" set "amount_cents" = 1')).rejects.toThrow(/append-only/);
    expect(await countRows(t, 'ledger_entry')).toBe(count);
    const journal = await t.graphql<{ financeLedger: { id: string; account: string; amountCents: number }[] }>(
      '{ financeLedger(first: 1000) { id account amountCents } }',
      { token: staff },
    );
    expect(journal.data?.financeLedger).toHaveLength(count);
    expect(errorCodes(await t.graphql('{ financeLedger { id } }', { token: await t.tokenFor('BENEFICIARY') }))).toEqual(['FORBIDDEN']);
    const same = await financeSql<{ amount: string }>(
      t,
      'select "amount_cents"::text as "amount" from "finance"."ledger_entry" where "id" = ?',
      [rows[0]!.id],
    );
    expect(same[0]?.amount).toBe(rows[0]!.amount);
  });
});
