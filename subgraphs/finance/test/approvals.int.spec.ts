import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, withApproval, type TestStack } from '@ixl/testkit';
import {
  approveFunding,
  countRows,
  financeSql,
  fundingApproved,
  loanOfDecision,
  over55Hire,
  recordPlacement,
  riskShareSettled,
  settleRiskShare,
  stagePlacement,
} from './factories.js';

// Maker-checker on every money operation of finance (issue 26): pending until a second person approves, never the maker,
// rejection books nothing, a request whose target changed is refused, thresholds and rule changes.
let t: TestStack;
let maker: string;
let otherStaff: string;
let otherStaffId: string;
let admin: string;
let admin2: string;
beforeAll(async () => {
  t = await bootTestStack();
  maker = await t.tokenFor('STAFF');
  otherStaff = await t.tokenFor('STAFF');
  admin = await t.tokenFor('ADMIN');
  admin2 = await t.tokenFor('ADMIN');
  otherStaffId = (await t.graphql<{ me: { id: string } }>('{ me { id } }', { token: otherStaff })).data!.me.id;
  await financeSql(
    t,
    `insert into "finance"."guarantee_plafond" ("id", "effective_from", "amount_cents", "note", "recorded_at") values (?, '2017-01-01', 100000000, 'test', now())`,
    [randomUUID()],
  );
});
afterAll(async () => {
  await t?.stop();
});

const REQUEST =
  'status reason request { id state amountCents ledgerLines { account amountCents bookedOn } changes { field before after } }';
type Outcome = {
  status: string;
  reason: string;
  request: {
    id: string;
    state: string;
    amountCents: number;
    ledgerLines: { account: string; amountCents: number }[];
    changes: unknown[];
  } | null;
};
const ledger = () => countRows(t, 'ledger_entry');
const money = <T = Record<string, unknown>>(resultType: string, query: string, variables: Record<string, unknown>) =>
  withApproval<T>(t, query, { token: maker, approver: admin, resultType, variables });

async function prepare(mutation: string, field: string, variables: Record<string, unknown>, token = maker): Promise<Outcome> {
  const r = await t.graphql<Record<string, Outcome>>(mutation.replace('{ OUTCOME }', `{ ${REQUEST} }`), { token, variables });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data![field]!;
}
const APPROVE = 'mutation($id: ID!) { approveApprovalRequest(id: $id, note: "ok") { state deciderId resultType resultId } }';
const PROPOSE_RULE = 'mutation($i: ApprovalRuleChangeInput!) { proposeApprovalRuleChange(input: $i) { id state } }';
const REJECT = 'mutation($id: ID!, $r: String!) { rejectApprovalRequest(id: $id, reason: $r) { state decisionNote } }';

interface Case {
  kind: string;
  field: string;
  mutation: string;
  /** The variables of three different requests on the same target (set up once). */
  setup(): Promise<(i: number) => Record<string, unknown>>;
}

async function disbursedLoan(): Promise<string> {
  const p = fundingApproved({ amountCents: 1_000_000, termMonths: 24, graceMonths: 0, approvedOn: '2026-01-15' });
  await approveFunding(t, p);
  const loanId = (await loanOfDecision(t, p.decisionId)).id;
  const d = await money('Loan', 'mutation($i: DisburseLoanInput!) { disburseLoan(input: $i) { status } }', {
    i: { loanId, contractDate: '2026-01-20', disbursedOn: '2026-01-20' },
  });
  expect(d.errors).toBeUndefined();
  return loanId;
}
async function budgetLine(): Promise<string> {
  const r = await money<{ createBudgetLine: { id: string } }>(
    'BudgetLine',
    'mutation($i: BudgetLineInput!) { createBudgetLine(input: $i) { id } }',
    {
      i: { funder: 'COMUNE', fromYear: 2026, toYear: 2026, label: `Linea ${randomUUID()}`, amountCents: 10_000_000 },
    },
  );
  return r.data!.createBudgetLine.id;
}
async function commitment(): Promise<string> {
  const lineId = await budgetLine();
  const c = await money<{ commitBudget: { id: string } }>(
    'BudgetCommitment',
    'mutation($i: BudgetCommitmentInput!) { commitBudget(input: $i) { id } }',
    { i: { budgetLineId: lineId, amountCents: 1_000_000, bookedOn: '2026-02-01', purpose: 'Borse lavoro' } },
  );
  return c.data!.commitBudget.id;
}

let plafondDays = 0;
let budgetFunders = 0;
const CASES: Case[] = [
  {
    kind: 'DISBURSE_LOAN',
    field: 'disburseLoan',
    mutation: 'mutation($i: DisburseLoanInput!) { disburseLoan(input: $i) { OUTCOME } }',
    async setup() {
      const p = fundingApproved({ amountCents: 1_000_000, termMonths: 24, graceMonths: 0 });
      await approveFunding(t, p);
      const loanId = (await loanOfDecision(t, p.decisionId)).id;
      return (i) => ({ i: { loanId, contractDate: '2026-01-20', disbursedOn: `2026-01-2${i}` } });
    },
  },
  {
    kind: 'RECORD_LOAN_REPAYMENT',
    field: 'recordLoanRepayment',
    mutation: 'mutation($i: LoanRepaymentInput!) { recordLoanRepayment(input: $i) { OUTCOME } }',
    async setup() {
      const loanId = await disbursedLoan();
      return (i) => ({ i: { loanId, paidOn: '2026-02-20', amountCents: 10_000 + i * 100 } });
    },
  },
  {
    kind: 'DECLARE_LOAN_DEFAULT',
    field: 'declareLoanDefault',
    mutation: 'mutation($id: ID!, $on: String!) { declareLoanDefault(loanId: $id, on: $on) { OUTCOME } }',
    async setup() {
      const loanId = await disbursedLoan();
      return (i) => ({ id: loanId, on: `2026-06-0${i + 1}` });
    },
  },
  {
    kind: 'SET_GUARANTEE_PLAFOND',
    field: 'setGuaranteePlafond',
    mutation: 'mutation($a: Int!, $d: String!) { setGuaranteePlafond(amountCents: $a, effectiveFrom: $d) { OUTCOME } }',
    async setup() {
      const d = `2026-01-0${++plafondDays}`;
      return (i) => ({ a: 120_000_000 + i, d });
    },
  },
  {
    kind: 'CREATE_BUDGET_LINE',
    field: 'createBudgetLine',
    mutation: 'mutation($i: BudgetLineInput!) { createBudgetLine(input: $i) { OUTCOME } }',
    async setup() {
      // Each funder's lines are the target: a funder of its own per setup.
      const funder = ['ARCIDIOCESI_FONDAZIONE', 'REGIONE', 'EXTRAORDINARY_FUND'][budgetFunders++ % 3];
      const tag = randomUUID().slice(0, 8);
      return (i) => ({ i: { funder, fromYear: 2027, toYear: 2027, label: `Fondo ${tag} ${i}`, amountCents: 1_000_000 * (i + 1) } });
    },
  },
  {
    kind: 'COMMIT_BUDGET',
    field: 'commitBudget',
    mutation: 'mutation($i: BudgetCommitmentInput!) { commitBudget(input: $i) { OUTCOME } }',
    async setup() {
      const lineId = await budgetLine();
      return (i) => ({ i: { budgetLineId: lineId, amountCents: 100_000 * (i + 1), bookedOn: '2026-03-01', purpose: 'Tirocini' } });
    },
  },
  {
    kind: 'DISBURSE_BUDGET_COMMITMENT',
    field: 'disburseBudgetCommitment',
    mutation:
      'mutation($c: ID!, $a: Int!) { disburseBudgetCommitment(commitmentId: $c, amountCents: $a, paidOn: "2026-03-01") { OUTCOME } }',
    async setup() {
      const c = await commitment();
      return (i) => ({ c, a: 10_000 * (i + 1) });
    },
  },
  {
    kind: 'DISBURSE_GRANT_TRANCHE',
    field: 'disburseGrantTranche',
    mutation: 'mutation($i: GrantTrancheInput!) { disburseGrantTranche(input: $i) { OUTCOME } }',
    async setup() {
      const d = fundingApproved({ kind: 'GRANT', amountCents: 800_000, investmentCents: 600_000, servicesCents: 200_000 });
      await approveFunding(t, d);
      const grantId = (
        await financeSql<{ id: string }>(t, 'select "id" from "finance"."grant" where "decision_id" = ?', [d.decisionId])
      )[0]!.id;
      const line = await t.graphql<{ addGrantExpenseLine: { id: string } }>(
        'mutation($i: GrantExpenseLineInput!) { addGrantExpenseLine(input: $i) { id } }',
        { token: maker, variables: { i: { grantId, category: 'INVESTMENT', description: 'Macchina da cucire', amountCents: 300_000 } } },
      );
      const expenseLineId = line.data!.addGrantExpenseLine.id;
      return (i) => ({
        i: { grantId, paidOn: '2026-03-01', receipts: [{ expenseLineId, amountCents: 10_000 * (i + 1), receiptNumber: `R-${i}` }] },
      });
    },
  },
  {
    kind: 'PAY_TRAINING_SETTLEMENT',
    field: 'payTrainingSettlement',
    mutation: 'mutation($id: ID!, $on: String!) { payTrainingSettlement(settlementId: $id, paidOn: $on) { OUTCOME } }',
    async setup() {
      const s = riskShareSettled();
      await settleRiskShare(t, s);
      return (i) => ({ id: s.settlementId, on: `2026-07-1${i}` });
    },
  },
  {
    kind: 'PAY_STAGE_INDEMNITY',
    field: 'payStageIndemnity',
    mutation: 'mutation($id: ID!, $on: String!) { payStageIndemnity(indemnityId: $id, paidOn: $on) { OUTCOME } }',
    async setup() {
      const p = stagePlacement({ startDate: '2026-02-10', endDate: '2026-03-31' });
      await recordPlacement(t, p);
      const id = (
        await financeSql<{ id: string }>(t, 'select "id" from "finance"."stage_indemnity" where "placement_id" = ? order by "month"', [
          p.placementId,
        ])
      )[0]!.id;
      return (i) => ({ id, on: `2026-03-0${5 + i}` });
    },
  },
  {
    kind: 'COMMIT_SUPPORT_PAYMENT',
    field: 'commitSupportPayment',
    mutation: 'mutation($i: SupportPaymentInput!) { commitSupportPayment(input: $i) { OUTCOME } }',
    async setup() {
      // The incentive needs a real hire of a person 55+ by a Third Sector employer.
      const { placementId: referenceId } = await over55Hire(t);
      return (i) => ({
        i: {
          kind: 'OVER55_HIRING',
          referenceId,
          year: 2026,
          bookedOn: '2026-05-01',
          description: 'Assunzione',
          amountCents: 100_000 * (i + 1),
        },
      });
    },
  },
  {
    kind: 'REVERSE_LEDGER_ENTRY',
    field: 'reverseFinanceLedgerEntry',
    mutation: 'mutation($id: ID!, $r: String!) { reverseFinanceLedgerEntry(entryId: $id, reason: $r, bookedOn: "2026-03-02") { OUTCOME } }',
    async setup() {
      const c = await commitment();
      const entry = (await financeSql<{ id: string }>(t, 'select "id" from "finance"."ledger_entry" where "commitment_id" = ?', [c]))[0]!
        .id;
      return (i) => ({ id: entry, r: `booked on the wrong line (${i})` });
    },
  },
];

describe('maker-checker on every money operation', () => {
  it.each(CASES.map((c) => [c.kind, c] as const))('%s: pending until a second person approves; never the maker', async (_kind, c) => {
    const vars = await c.setup();
    const before = await ledger();
    const a = await prepare(c.mutation, c.field, vars(0));
    const b = await prepare(c.mutation, c.field, vars(1));
    const rejected = await prepare(c.mutation, c.field, vars(2));
    for (const o of [a, b, rejected])
      expect(o).toMatchObject({ status: 'PENDING_APPROVAL', reason: 'APPROVAL_REQUIRED', request: { state: 'PENDING' } });
    expect(a.request!.amountCents).toBeGreaterThan(0);
    // The plafond and a budget line book nothing: they set how much may be guaranteed or committed.
    if (!['SET_GUARANTEE_PLAFOND', 'CREATE_BUDGET_LINE'].includes(c.kind)) expect(a.request!.ledgerLines.length).toBeGreaterThan(0);
    expect(a.request!.changes.length).toBeGreaterThan(0);
    // Nothing happened yet.
    expect(await ledger()).toBe(before);

    // The same operation twice while pending: a natural duplicate.
    const dup = await t.graphql(c.mutation.replace('{ OUTCOME }', '{ status }'), { token: maker, variables: vars(0) });
    expect(errorCodes(dup)).toEqual(['CONFLICT']);

    // The maker cannot approve nor reject; a STAFF user the rule does not name cannot approve.
    const own = await t.graphql(APPROVE, { token: maker, variables: { id: a.request!.id } });
    expect(errorCodes(own)).toEqual(['FORBIDDEN']);
    expect(own.errors?.[0]?.extensions?.reason).toBe('APPROVAL_OWN_REQUEST');
    expect((await t.graphql(REJECT, { token: maker, variables: { id: a.request!.id, r: 'no' } })).errors?.[0]?.extensions?.reason).toBe(
      'APPROVAL_OWN_REQUEST',
    );
    const notAllowed = await t.graphql(APPROVE, { token: otherStaff, variables: { id: a.request!.id } });
    expect(notAllowed.errors?.[0]?.extensions?.reason).toBe('APPROVER_NOT_ALLOWED');
    expect(await ledger()).toBe(before);

    // Rejection: a reason is required; nothing is booked; a rejected request cannot be approved afterwards.
    expect(
      (await t.graphql(REJECT, { token: admin, variables: { id: rejected.request!.id, r: ' ' } })).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DECISION_REASON_REQUIRED',
    });
    const rej = await t.graphql<{ rejectApprovalRequest: { state: string } }>(REJECT, {
      token: admin,
      variables: { id: rejected.request!.id, r: 'Importo da verificare' },
    });
    expect(rej.data?.rejectApprovalRequest.state).toBe('REJECTED');
    expect(await ledger()).toBe(before);
    const late = await t.graphql(APPROVE, { token: admin2, variables: { id: rejected.request!.id } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPROVAL_NOT_PENDING' });

    // A second person approves: the effect happens now, with exactly the ledger lines shown.
    const ok = await t.graphql<{ approveApprovalRequest: { state: string; resultId: string | null } }>(APPROVE, {
      token: admin,
      variables: { id: a.request!.id },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.approveApprovalRequest.state).toBe('APPROVED');
    expect(ok.data?.approveApprovalRequest.resultId).toBeTruthy();
    expect(await ledger()).toBe(before + a.request!.ledgerLines.length);

    // The other request was prepared on the target as it was: refused, nothing booked.
    const stale = await t.graphql(APPROVE, { token: admin2, variables: { id: b.request!.id } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPROVAL_TARGET_CHANGED' });
    expect(await ledger()).toBe(before + a.request!.ledgerLines.length);
  });

  it.each(CASES.map((c) => [c.kind, c] as const))(
    '%s: below the threshold of its rule (changed by one ADMIN, approved by another, audited) one person suffices',
    async (_kind, c) => {
      const vars = await c.setup();
      const change = async (thresholdCents: number, reason: string) => {
        const proposed = await t.graphql<{ proposeApprovalRuleChange: { id: string; state: string } }>(PROPOSE_RULE, {
          token: admin,
          variables: { i: { kind: c.kind, required: true, thresholdCents, approverRole: 'ADMIN', approverUserIds: [], reason } },
        });
        const id = proposed.data!.proposeApprovalRuleChange.id;
        expect(proposed.data!.proposeApprovalRuleChange.state).toBe('PENDING');
        // Not its maker, not a STAFF user (even one the rule names): another ADMIN.
        expect((await t.graphql(APPROVE, { token: admin, variables: { id } })).errors?.[0]?.extensions?.reason).toBe(
          'APPROVAL_OWN_REQUEST',
        );
        expect((await t.graphql(APPROVE, { token: otherStaff, variables: { id } })).errors?.[0]?.extensions?.reason).toBe(
          'APPROVAL_RULE_DECIDED_BY_ADMIN',
        );
        expect((await t.graphql(APPROVE, { token: admin2, variables: { id } })).errors).toBeUndefined();
        const audit = await t.graphql<{ approvalRuleChanges: { kind: string; after: string; reason: string }[] }>(
          '{ approvalRuleChanges { kind after reason } }',
          { token: maker },
        );
        expect(audit.data?.approvalRuleChanges[0]).toMatchObject({ kind: c.kind, reason });
        expect(JSON.parse(audit.data!.approvalRuleChanges[0]!.after)).toMatchObject({ thresholdCents });
      };
      await change(2_000_000_000, `Sotto i 20 milioni basta una persona (${c.kind})`);
      const ledgerBefore = await ledger();
      const plafondsBefore = await countRows(t, 'guarantee_plafond');
      const linesBefore = await countRows(t, 'budget_line');
      const requestsBefore = await countRows(t, 'approval_request');
      const small = await prepare(c.mutation, c.field, vars(0));
      expect(small).toMatchObject({ status: 'EXECUTED', reason: 'BELOW_APPROVAL_THRESHOLD', request: null });
      expect(await countRows(t, 'approval_request')).toBe(requestsBefore);
      if (c.kind === 'SET_GUARANTEE_PLAFOND') expect(await countRows(t, 'guarantee_plafond')).toBe(plafondsBefore + 1);
      else if (c.kind === 'CREATE_BUDGET_LINE') expect(await countRows(t, 'budget_line')).toBe(linesBefore + 1);
      else expect(await ledger()).toBeGreaterThan(ledgerBefore);
      // Back to every operation needing a second person.
      await change(0, `Di nuovo sempre due persone (${c.kind})`);
      const rules = await t.graphql<{ approvalRules: { kind: string; thresholdCents: number }[] }>(
        '{ approvalRules { kind thresholdCents } }',
        {
          token: maker,
        },
      );
      expect(rules.data?.approvalRules.find((r) => r.kind === c.kind)?.thresholdCents).toBe(0);
    },
  );

  it('refuses bad input at preparation, recording nothing', async () => {
    const requests = await countRows(t, 'approval_request');
    const r = await t.graphql(
      'mutation { recordLoanRepayment(input: { loanId: "00000000-0000-4000-8000-00000000dead", paidOn: "2026-01-01", amountCents: -1 }) { status } }',
      {
        token: maker,
      },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountCents' });
    const missing = await t.graphql(
      'mutation { disburseLoan(input: { loanId: "00000000-0000-4000-8000-00000000dead", contractDate: "2026-01-01", disbursedOn: "2026-01-02" }) { status } }',
      {
        token: maker,
      },
    );
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.graphql(APPROVE, { token: admin, variables: { id: 'nope' } }))).toEqual(['NOT_FOUND']);
    const company = await t.tokenFor('COMPANY', { companyId: randomUUID() });
    expect(errorCodes(await t.graphql('{ approvalRequests { id } }', { token: company }))).toEqual(['FORBIDDEN']);
    expect(await countRows(t, 'approval_request')).toBe(requests);
  });
});

describe('approval rules', () => {
  const PROPOSE =
    'mutation($i: ApprovalRuleChangeInput!) { proposeApprovalRuleChange(input: $i) { id state changes { field before after } } }';
  const rule = (over: Record<string, unknown>) => ({
    kind: 'RECORD_LOAN_REPAYMENT',
    required: true,
    thresholdCents: 50_000,
    approverRole: 'ADMIN',
    approverUserIds: [],
    reason: 'Repayments from the bank statement under €500',
    ...over,
  });

  it('changes only with a second approval, audited; honours the threshold and named approvers', async () => {
    expect((await t.graphql(PROPOSE, { token: maker, variables: { i: rule({}) } })).errors?.[0]?.extensions?.reason).toBe(
      'APPROVAL_RULE_ADMIN_ONLY',
    );
    expect(
      (await t.graphql(PROPOSE, { token: admin, variables: { i: rule({ kind: 'CHANGE_APPROVAL_RULE', required: false }) } })).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'APPROVAL_RULE_ALWAYS_REQUIRED' });
    expect(
      (await t.graphql(PROPOSE, { token: admin, variables: { i: rule({ thresholdCents: -1 }) } })).errors?.[0]?.extensions?.field,
    ).toBe('thresholdCents');
    const proposed = await t.graphql<{ proposeApprovalRuleChange: { id: string; state: string; changes: { field: string }[] } }>(PROPOSE, {
      token: admin,
      variables: { i: rule({ approverUserIds: [otherStaffId] }) },
    });
    expect(proposed.data?.proposeApprovalRuleChange.state).toBe('PENDING');
    expect(proposed.data?.proposeApprovalRuleChange.changes.map((c) => c.field).sort()).toEqual(['approverUserIds', 'thresholdCents']);
    const id = proposed.data!.proposeApprovalRuleChange.id;
    // Not yet in force.
    const loanId = await disbursedLoan();
    const REPAY = 'mutation($i: LoanRepaymentInput!) { recordLoanRepayment(input: $i) { OUTCOME } }';
    expect((await prepare(REPAY, 'recordLoanRepayment', { i: { loanId, paidOn: '2026-02-20', amountCents: 1_000 } })).status).toBe(
      'PENDING_APPROVAL',
    );
    expect((await t.graphql(APPROVE, { token: admin, variables: { id } })).errors?.[0]?.extensions?.reason).toBe('APPROVAL_OWN_REQUEST');
    expect((await t.graphql(APPROVE, { token: admin2, variables: { id } })).errors).toBeUndefined();
    const audit = await t.graphql<{ approvalRuleChanges: { kind: string; before: string; after: string; reason: string }[] }>(
      '{ approvalRuleChanges { kind before after reason } }',
      { token: maker },
    );
    expect(audit.data?.approvalRuleChanges[0]).toMatchObject({
      kind: 'RECORD_LOAN_REPAYMENT',
      reason: 'Repayments from the bank statement under €500',
    });
    expect(JSON.parse(audit.data!.approvalRuleChanges[0]!.before)).toMatchObject({ thresholdCents: 0 });
    expect(JSON.parse(audit.data!.approvalRuleChanges[0]!.after)).toMatchObject({
      thresholdCents: 50_000,
      approverUserIds: [otherStaffId],
    });
    await expect(financeSql(t, 'update "finance"."approval_rule_change" set "reason" = \'x\'')).rejects.toThrow(/append-only/);

    // Below the threshold one person suffices; from it on, a second one (now also the named STAFF approver).
    const before = await ledger();
    const small = await prepare(REPAY, 'recordLoanRepayment', { i: { loanId, paidOn: '2026-02-21', amountCents: 49_999 } });
    expect(small).toMatchObject({ status: 'EXECUTED', reason: 'BELOW_APPROVAL_THRESHOLD', request: null });
    expect(await ledger()).toBeGreaterThan(before);
    const big = await prepare(REPAY, 'recordLoanRepayment', { i: { loanId, paidOn: '2026-02-22', amountCents: 50_000 } });
    expect(big).toMatchObject({ status: 'PENDING_APPROVAL', reason: 'APPROVAL_REQUIRED' });
    const named = await t.graphql<{ approveApprovalRequest: { state: string } }>(APPROVE, {
      token: otherStaff,
      variables: { id: big.request!.id },
    });
    expect(named.data?.approveApprovalRequest.state).toBe('APPROVED');
    const rules = await t.graphql<{ approvalRules: { kind: string; thresholdCents: number; approverUserIds: string[] }[] }>(
      '{ approvalRules { kind thresholdCents approverUserIds } }',
      { token: maker },
    );
    expect(rules.data?.approvalRules.find((r) => r.kind === 'RECORD_LOAN_REPAYMENT')).toEqual({
      kind: 'RECORD_LOAN_REPAYMENT',
      thresholdCents: 50_000,
      approverUserIds: [otherStaffId],
    });
    const mine = await t.graphql<{ approvalRequests: { id: string; mine: boolean; overdue: boolean }[] }>(
      '{ approvalRequests(mine: true, state: APPROVED) { id mine overdue } }',
      { token: maker },
    );
    expect(mine.data?.approvalRequests.map((r) => r.id)).toContain(big.request!.id);
    expect(mine.data?.approvalRequests.every((r) => r.mine && !r.overdue)).toBe(true);
  });
});

describe('re-examining a refused loan’s guarantee (it reserves the fund’s capacity)', () => {
  const RETRY = 'mutation($id: ID!) { retryLoanGuarantee(loanId: $id) { OUTCOME } }';
  const plafond = (from: string, cents: number) =>
    financeSql(
      t,
      `insert into "finance"."guarantee_plafond" ("id", "effective_from", "amount_cents", "note", "recorded_at") values (?, ?, ?, 'test', now())`,
      [randomUUID(), from, cents],
    );
  const installments = async (loanId: string) =>
    (await financeSql(t, 'select 1 from "finance"."loan_installment" where "loan_id" = ?', [loanId])).length;
  async function refusedLoan(): Promise<string> {
    const p = fundingApproved({ amountCents: 1_000_000, termMonths: 24, graceMonths: 0 });
    await approveFunding(t, p);
    const loan = await loanOfDecision(t, p.decisionId);
    expect(loan.status).toBe('REFUSED');
    return loan.id;
  }

  it('pending until a second person approves; never the maker; rejection opens nothing; a stale request is refused; the threshold', async () => {
    // No capacity: the decisions' loans are refused; then the Foundation adds capacity.
    await plafond('2026-11-01', 0);
    const x = await refusedLoan();
    const y = await refusedLoan();
    const z = await refusedLoan();
    await plafond('2026-11-02', 500_000_000);
    const before = await ledger();

    const a = await prepare(RETRY, 'retryLoanGuarantee', { id: x });
    expect(a).toMatchObject({
      status: 'PENDING_APPROVAL',
      reason: 'APPROVAL_REQUIRED',
      request: { state: 'PENDING', amountCents: 700_000 },
    });
    expect(a.request!.changes).toContainEqual({ field: 'status', before: 'REFUSED', after: 'APPROVED' });
    expect(a.request!.changes.map((c) => (c as { field: string }).field)).toContain('fundFreeCapacityCents');
    expect((await loanOfDecisionById(x)).status).toBe('REFUSED');
    expect(errorCodes(await t.graphql(RETRY.replace('{ OUTCOME }', '{ status }'), { token: maker, variables: { id: x } }))).toEqual([
      'CONFLICT',
    ]);
    expect((await t.graphql(APPROVE, { token: maker, variables: { id: a.request!.id } })).errors?.[0]?.extensions?.reason).toBe(
      'APPROVAL_OWN_REQUEST',
    );
    expect((await t.graphql(APPROVE, { token: otherStaff, variables: { id: a.request!.id } })).errors?.[0]?.extensions?.reason).toBe(
      'APPROVER_NOT_ALLOWED',
    );

    // Rejected: the loan stays refused, no schedule, no ledger line.
    const rejected = await prepare(RETRY, 'retryLoanGuarantee', { id: y });
    const rej = await t.graphql<{ rejectApprovalRequest: { state: string } }>(REJECT, {
      token: admin,
      variables: { id: rejected.request!.id, r: 'Attendiamo il nuovo conferimento' },
    });
    expect(rej.data?.rejectApprovalRequest.state).toBe('REJECTED');
    expect((await loanOfDecisionById(y)).status).toBe('REFUSED');
    expect(await installments(y)).toBe(0);
    expect(await ledger()).toBe(before);

    // Prepared again while the fund is as it is now, then the first approval uses capacity: the second is stale.
    const b = await prepare(RETRY, 'retryLoanGuarantee', { id: y });
    const ok = await t.graphql<{ approveApprovalRequest: { state: string; resultType: string; resultId: string } }>(APPROVE, {
      token: admin,
      variables: { id: a.request!.id },
    });
    expect(ok.data?.approveApprovalRequest).toMatchObject({ state: 'APPROVED', resultType: 'Loan', resultId: x });
    expect((await loanOfDecisionById(x)).status).toBe('APPROVED');
    expect(await installments(x)).toBe(24);
    const stale = await t.graphql(APPROVE, { token: admin2, variables: { id: b.request!.id } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPROVAL_TARGET_CHANGED' });
    expect((await loanOfDecisionById(y)).status).toBe('REFUSED');
    expect(await ledger()).toBe(before);

    // Under a threshold above its guarantee (a rule change approved by a second ADMIN), one person suffices.
    const proposed = await t.graphql<{ proposeApprovalRuleChange: { id: string } }>(
      'mutation($i: ApprovalRuleChangeInput!) { proposeApprovalRuleChange(input: $i) { id } }',
      {
        token: admin,
        variables: {
          i: {
            kind: 'RETRY_LOAN_GUARANTEE',
            required: true,
            thresholdCents: 1_000_000,
            approverRole: 'ADMIN',
            approverUserIds: [],
            reason: 'Small guarantees re-examined by one operator',
          },
        },
      },
    );
    expect(
      (await t.graphql(APPROVE, { token: admin2, variables: { id: proposed.data!.proposeApprovalRuleChange.id } })).errors,
    ).toBeUndefined();
    const audit = await t.graphql<{ approvalRuleChanges: { kind: string; reason: string }[] }>('{ approvalRuleChanges { kind reason } }', {
      token: maker,
    });
    expect(audit.data?.approvalRuleChanges[0]).toEqual({
      kind: 'RETRY_LOAN_GUARANTEE',
      reason: 'Small guarantees re-examined by one operator',
    });
    const small = await prepare(RETRY, 'retryLoanGuarantee', { id: z });
    expect(small).toMatchObject({ status: 'EXECUTED', reason: 'BELOW_APPROVAL_THRESHOLD', request: null });
    expect((await loanOfDecisionById(z)).status).toBe('APPROVED');
  });
});

async function loanOfDecisionById(id: string): Promise<{ status: string }> {
  return (await financeSql<{ status: string }>(t, 'select "status" from "finance"."loan" where "id" = ?', [id]))[0]!;
}
