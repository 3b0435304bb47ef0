import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@ixl/subgraph-kit';
import { MoneyOperationKind } from '../entities/approval.entity.js';
import { disburseLoan, declareDefault, retryLoanGuarantee } from './loan-lifecycle.service.js';
import { recordRepayment } from './loan-repayment.service.js';
import { fundPosition, plafondOn, setPlafond } from './guarantee-fund.service.js';
import { commitBudget, createBudgetLine, disburseCommitment } from './budget.service.js';
import { disburseTranche } from './grant.service.js';
import { paySettlement } from './settlement.service.js';
import { payStageIndemnity } from './stage-indemnity.service.js';
import { commitSupportPayment, type SupportPaymentInput } from './support-payment.service.js';
import { reverseEntry } from './ledger.service.js';
import type { PreviewLedgerLine } from '../entities/approval.entity.js';

/** What an executed operation produced (the entity returned by the mutation). */
export interface OperationResult {
  type: string;
  value: { id: string };
}

/**
 * One money operation under maker-checker: the effect code it runs (the existing service, unchanged), what it acts
 * on, and the state of that target (fingerprinted when prepared, compared when approved, shown before/after).
 */
export interface MoneyOperation {
  kind: MoneyOperationKind;
  targetType: string;
  targetId(payload: Payload): string | null;
  execute(em: EntityManager, payload: Payload, actorId: string | null): Promise<OperationResult>;
  state(em: EntityManager, payload: Payload): Promise<Record<string, unknown>>;
  /** Money moved (given the lines it books and the target's state before); default: the sum of the ledger lines. */
  amountCents?(payload: Payload, lines: readonly PreviewLedgerLine[], before: Record<string, unknown>): number;
}

// Payloads are the mutations' arguments as JSON (validated again by the effect code when it runs).
type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function row(em: EntityManager, table: string, id: unknown, columns: string[]): Promise<Record<string, unknown>> {
  if (typeof id !== 'string' || !isUuid(id)) return { exists: false };
  const rows = await em.execute<Record<string, unknown>[]>(
    `select ${columns.map((c) => `"${c}"::text as "${c}"`).join(', ')} from "finance"."${table}" where "id" = ?`,
    [id],
  );
  return rows[0] ? { exists: true, ...rows[0] } : { exists: false };
}

/** Movements already booked on one dimension of the journal (count and total per account). */
async function ledgerOn(em: EntityManager, column: string, id: unknown): Promise<Record<string, unknown>> {
  if (typeof id !== 'string' || !isUuid(id)) return {};
  await em.flush();
  const rows = await em.execute<{ account: string; n: number; total: string }[]>(
    `select "account", count(*)::int as "n", sum("amount_cents")::text as "total" from "finance"."ledger_entry" where "${column}" = ? group by 1 order by 1`,
    [id],
  );
  return Object.fromEntries(rows.map((r) => [`ledger.${r.account}`, `${r.n} / ${r.total}`]));
}

const LOAN_COLUMNS = ['status', 'principal_cents', 'bank', 'contract_date', 'disbursed_on'];
const loanState = async (em: EntityManager, p: Payload) => ({
  ...(await row(em, 'loan', p.loanId, LOAN_COLUMNS)),
  ...(await ledgerOn(em, 'loan_id', p.loanId)),
});
const result = (type: string) => (value: { id: string }) => ({ type, value });

export const MONEY_OPERATIONS: Record<Exclude<MoneyOperationKind, MoneyOperationKind.CHANGE_APPROVAL_RULE>, MoneyOperation> = {
  [MoneyOperationKind.DISBURSE_LOAN]: {
    kind: MoneyOperationKind.DISBURSE_LOAN,
    targetType: 'Loan',
    targetId: (p) => p.loanId,
    execute: (em, p, actor) => disburseLoan(em, p as Parameters<typeof disburseLoan>[1], actor).then(result('Loan')),
    state: loanState,
  },
  [MoneyOperationKind.RECORD_LOAN_REPAYMENT]: {
    kind: MoneyOperationKind.RECORD_LOAN_REPAYMENT,
    targetType: 'Loan',
    targetId: (p) => p.loanId,
    execute: (em, p, actor) => recordRepayment(em, p as Parameters<typeof recordRepayment>[1], actor).then(result('LoanRepayment')),
    state: loanState,
    amountCents: (p) => Number(p.amountCents) || 0,
  },
  [MoneyOperationKind.DECLARE_LOAN_DEFAULT]: {
    kind: MoneyOperationKind.DECLARE_LOAN_DEFAULT,
    targetType: 'Loan',
    targetId: (p) => p.loanId,
    execute: (em, p, actor) => declareDefault(em, p as Parameters<typeof declareDefault>[1], actor).then(result('Loan')),
    state: loanState,
  },
  [MoneyOperationKind.RETRY_LOAN_GUARANTEE]: {
    kind: MoneyOperationKind.RETRY_LOAN_GUARANTEE,
    targetType: 'Loan',
    targetId: (p) => p.loanId,
    execute: (em, p, actor) => retryLoanGuarantee(em, String(p.loanId), actor).then(result('Loan')),
    state: async (em, p) => ({
      ...(await row(em, 'loan', p.loanId, [...LOAN_COLUMNS, 'guarantee_share_bps'])),
      ...(await ledgerOn(em, 'loan_id', p.loanId)),
      // What the re-examination is judged on: a request prepared on another capacity is stale.
      fundFreeCapacityCents: (await fundPosition(em)).freeCapacityCents,
    }),
    // It books no ledger line: it reserves the fund's guarantee on the principal (the loan opens).
    amountCents: (_p, _lines, before) =>
      Math.round(((Number(before.principal_cents) || 0) * (Number(before.guarantee_share_bps) || 0)) / 10_000),
  },
  [MoneyOperationKind.SET_GUARANTEE_PLAFOND]: {
    kind: MoneyOperationKind.SET_GUARANTEE_PLAFOND,
    targetType: 'GuaranteeFund',
    targetId: () => null,
    execute: (em, p, _actor) => setPlafond(em, p as Parameters<typeof setPlafond>[1]).then(result('GuaranteePlafond')),
    state: async (em, p) => {
      // The plafond history is append-only: its length says whether it changed.
      const rows = await em.execute<{ n: number }[]>(`select count(*)::int as "n" from "finance"."guarantee_plafond"`);
      const on = typeof p.effectiveFrom === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.effectiveFrom) ? p.effectiveFrom : null;
      return { plafondCents: on ? await plafondOn(em, on) : null, plafondVersions: rows[0]?.n ?? 0 };
    },
    // The change of the plafond on its first day (it books no ledger line).
    amountCents: (p, _lines, before) => Math.abs((Number(p.amountCents) || 0) - (Number(before.plafondCents) || 0)),
  },
  [MoneyOperationKind.CREATE_BUDGET_LINE]: {
    kind: MoneyOperationKind.CREATE_BUDGET_LINE,
    targetType: 'Funder',
    targetId: (p) => (typeof p.funder === 'string' ? p.funder : null),
    execute: (em, p, _actor) => createBudgetLine(em, p as Parameters<typeof createBudgetLine>[1]).then(result('BudgetLine')),
    // The funder's lines (count / total): a request prepared before another line of the funder is stale.
    state: async (em, p) => {
      await em.flush();
      const rows = await em.execute<{ n: number; total: string }[]>(
        `select count(*)::int as "n", coalesce(sum("amount_cents"), 0)::text as "total" from "finance"."budget_line" where "funder" = ?`,
        [String(p.funder ?? '')],
      );
      return { funderBudgetLines: `${rows[0]?.n ?? 0} / ${rows[0]?.total ?? '0'}` };
    },
    // It books no ledger line: the money it makes available to commit.
    amountCents: (p) => Number(p.amountCents) || 0,
  },
  [MoneyOperationKind.COMMIT_BUDGET]: {
    kind: MoneyOperationKind.COMMIT_BUDGET,
    targetType: 'BudgetLine',
    targetId: (p) => p.budgetLineId,
    execute: (em, p, actor) => commitBudget(em, p as Parameters<typeof commitBudget>[1], actor).then(result('BudgetCommitment')),
    state: async (em, p) => ({
      ...(await row(em, 'budget_line', p.budgetLineId, ['amount_cents', 'from_year', 'to_year'])),
      ...(await ledgerOn(em, 'budget_line_id', p.budgetLineId)),
    }),
  },
  [MoneyOperationKind.DISBURSE_BUDGET_COMMITMENT]: {
    kind: MoneyOperationKind.DISBURSE_BUDGET_COMMITMENT,
    targetType: 'BudgetCommitment',
    targetId: (p) => p.commitmentId,
    execute: (em, p, actor) =>
      disburseCommitment(em, p as Parameters<typeof disburseCommitment>[1], actor).then(result('BudgetCommitment')),
    state: async (em, p) => ({
      ...(await row(em, 'budget_commitment', p.commitmentId, ['amount_cents'])),
      ...(await ledgerOn(em, 'commitment_id', p.commitmentId)),
    }),
  },
  [MoneyOperationKind.DISBURSE_GRANT_TRANCHE]: {
    kind: MoneyOperationKind.DISBURSE_GRANT_TRANCHE,
    targetType: 'Grant',
    targetId: (p) => p.grantId,
    execute: (em, p, actor) => disburseTranche(em, p as Parameters<typeof disburseTranche>[1], actor).then(result('Grant')),
    state: async (em, p) => ({
      ...(await row(em, 'grant', p.grantId, ['status', 'total_cents'])),
      ...(await ledgerOn(em, 'grant_id', p.grantId)),
    }),
  },
  [MoneyOperationKind.PAY_TRAINING_SETTLEMENT]: {
    kind: MoneyOperationKind.PAY_TRAINING_SETTLEMENT,
    targetType: 'TrainingSettlement',
    targetId: (p) => p.settlementId,
    execute: (em, p, actor) => paySettlement(em, p as Parameters<typeof paySettlement>[1], actor).then(result('TrainingSettlement')),
    state: async (em, p) => ({
      ...(await row(em, 'training_settlement', p.settlementId, ['payable_cents', 'withheld_cents', 'paid_cents', 'paid_on'])),
      ...(await ledgerOn(em, 'settlement_id', p.settlementId)),
    }),
  },
  [MoneyOperationKind.PAY_STAGE_INDEMNITY]: {
    kind: MoneyOperationKind.PAY_STAGE_INDEMNITY,
    targetType: 'StageIndemnity',
    targetId: (p) => p.indemnityId,
    execute: (em, p, actor) => payStageIndemnity(em, p as Parameters<typeof payStageIndemnity>[1], actor).then(result('StageIndemnity')),
    state: async (em, p) => ({
      ...(await row(em, 'stage_indemnity', p.indemnityId, ['month', 'amount_cents'])),
      ...(await ledgerOn(em, 'stage_indemnity_id', p.indemnityId)),
    }),
  },
  [MoneyOperationKind.COMMIT_SUPPORT_PAYMENT]: {
    kind: MoneyOperationKind.COMMIT_SUPPORT_PAYMENT,
    targetType: 'SupportPayment',
    targetId: (p) => p.referenceId,
    execute: (em, p, actor) => commitSupportPayment(em, p as SupportPaymentInput, actor).then(result('SupportPayment')),
    state: async (em, p) => {
      if (typeof p.referenceId !== 'string' || !isUuid(p.referenceId)) return {};
      const rows = await em.execute<{ n: number; total: string }[]>(
        `select count(*)::int as "n", coalesce(sum("amount_cents"), 0)::text as "total" from "finance"."support_payment" where "kind" = ? and "reference_id" = ? and "year" = ?`,
        [String(p.kind), p.referenceId, Number(p.year) || 0],
      );
      return { committedThisYear: `${rows[0]?.n ?? 0} / ${rows[0]?.total ?? '0'}` };
    },
  },
  [MoneyOperationKind.REVERSE_LEDGER_ENTRY]: {
    kind: MoneyOperationKind.REVERSE_LEDGER_ENTRY,
    targetType: 'LedgerEntry',
    targetId: (p) => p.entryId,
    execute: (em, p, actor) => reverseEntry(em, p as Parameters<typeof reverseEntry>[1], actor).then(result('FinanceLedgerEntry')),
    state: async (em, p) => {
      if (typeof p.entryId !== 'string' || !isUuid(p.entryId)) return {};
      const rows = await em.execute<{ n: number }[]>(
        `select count(*)::int as "n" from "finance"."ledger_entry" where "reverses_entry_id" = ?`,
        [p.entryId],
      );
      return { ...(await row(em, 'ledger_entry', p.entryId, ['account', 'amount_cents', 'booked_on'])), reversals: rows[0]?.n ?? 0 };
    },
    // A reversal books a negative line: what it moves is its size.
    amountCents: (_p, lines) => lines.reduce((a, l) => a + Math.abs(l.amountCents), 0),
  },
};
