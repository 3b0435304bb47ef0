// The finance kinds of the history import (issue 27): social loans (PRESTITI) and grants (CONTRIBUTI) of funded
// projects, then their payments (PAGAMENTI: disbursements of a loan or a grant, loan repayments). Rows are checked
// with the live rules (product limits of the approval day, the guarantee fund's free capacity, the grant caps, what a
// loan owes on the day of a repayment, what an expense line has left) and written through the live services, so an
// imported loan has its schedule, its journal and its events (LoanOpened, GrantOpened, RepaymentRecorded, marked
// imported: nobody is told about the past). Projects are found in finance's project facts, by the old system's id the
// projects import publishes, or by the platform's id.

import type { EntityManager } from '@mikro-orm/postgresql';
import { FINANCE_IMPORT_LAYOUTS, type SupportWithdrawnPayload } from '@ixl/contracts';
import {
  DomainError,
  HistoryImportEngine,
  pgTextArray,
  type ImportKindDefinition,
  type ImportResolveContext,
  type ImportRowError,
  type ParsedImportRow,
  type PlannedImportRow,
} from '@ixl/subgraph-kit';
import { Loan, LoanStatus } from '../entities/loan.entity.js';
import { publishFinanceEvent } from '../events/publish.js';
import { fundPosition } from './guarantee-fund.service.js';
import { disburseTranche, IMPORTED_EXPENSE_LINE, openImportedGrant } from './grant.service.js';
import {
  LOAN_FIELD_COLUMN,
  parseGrantRow,
  parseLoanRow,
  parsePaymentRow,
  type GrantRow,
  type LoanRow,
  type PaymentRow,
} from './history-import.rules.js';
import { activateLoan } from './loan-opening.service.js';
import { disburseLoan } from './loan-lifecycle.service.js';
import { loanLimitsOn } from './loan-product.service.js';
import { allocatePayment, type Paid } from './loan-position.js';
import { recordRepayment } from './loan-repayment.service.js';
import { validateLoanTerms, type LoanProductLimits } from './loan.rules.js';
import { shareOf } from './money.rules.js';
import { FUNDED_PROJECT_STEPS } from './support-eligibility.rules.js';

const T = (table: string) => `"finance"."${table}"`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The memo of an imported loan disbursement whose contract date came from it (the loan file had none): undo clears it. */
const CONTRACT_FROM_DISBURSEMENT = 'history import: contract date of the disbursement';
const DEFAULT_BANK = 'Emil Banca';

/** The entity ids of imported keys of a kind (one query). */
async function importedIds(em: EntityManager, kind: string, keys: string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const rows = await em.execute<{ key: string; entity_id: string }[]>(
    `select "key", "entity_id" from ${T('import_record')} where "kind" = ? and "key" = any(?::text[])`,
    [kind, pgTextArray([...new Set(keys)])],
  );
  return new Map(rows.map((r) => [r.key, r.entity_id]));
}

type ProjectFactRow = { project_id: string; status: string; external_id: string | null };

/**
 * The projects the rows name, from finance's project facts (fed by projects' ProjectStatusChanged): by the old
 * system's id an imported project carries, or by the platform's id. Keyed by the text of the row.
 */
async function projectFacts(em: EntityManager, names: string[]): Promise<Map<string, ProjectFactRow>> {
  const unique = [...new Set(names)];
  const ids = unique.filter((n) => UUID.test(n));
  const rows = await em.execute<ProjectFactRow[]>(
    `select "project_id", "status", "external_id" from ${T('project_fact')} where "external_id" = any(?::text[]) or "project_id" = any(?::uuid[])`,
    [pgTextArray(unique), pgTextArray(ids)],
  );
  const map = new Map<string, ProjectFactRow>();
  for (const r of rows) {
    if (r.external_id) map.set(r.external_id, r);
    map.set(r.project_id, r);
  }
  return map;
}

/** The funded project of a row, or its error at the `progetto` column. */
function fundedProject(
  r: ParsedImportRow<{ project: string }>,
  facts: Map<string, ProjectFactRow>,
  ctx: ImportResolveContext,
): string | null {
  const fact = facts.get(r.values.project) ?? facts.get(r.values.project.toLowerCase());
  if (!fact) {
    ctx.error(r, 'progetto', 'IMPORT_FINANCE_PROJECT_NOT_FOUND', { project: r.values.project });
    return null;
  }
  if (!FUNDED_PROJECT_STEPS.has(fact.status)) {
    ctx.error(r, 'progetto', 'IMPORT_FINANCE_PROJECT_NOT_FUNDED', { project: r.values.project, projectStatus: fact.status });
    return null;
  }
  return fact.project_id;
}

/** The journal's undo exception, for this transaction only (see Migration20261203100000_history_import). */
async function allowUndoDeletes(tx: EntityManager): Promise<void> {
  await tx.execute(`select set_config('finance.history_import_undo', 'on', true)`);
}

async function withdrawn(tx: EntityManager, kind: 'LOAN' | 'GRANT', id: string, projectId: string, actorId: string | null) {
  const payload: SupportWithdrawnPayload = { kind, id, projectId, imported: true };
  await publishFinanceEvent(tx, 'SupportWithdrawn', { type: kind === 'LOAN' ? 'Loan' : 'Grant', id }, payload, actorId);
}

// ---- PRESTITI -----------------------------------------------------------------------------------------------

type LoanRefs = { projectId: string; annualRateBps: number; termMonths: number; guaranteeShareBps: number };

async function resolveLoans(
  em: EntityManager,
  rows: ParsedImportRow<LoanRow>[],
  ctx: ImportResolveContext,
): Promise<{ rows: PlannedImportRow<LoanRow, LoanRefs>[]; errors: ImportRowError[] }> {
  const facts = await projectFacts(
    em,
    rows.map((r) => r.values.project),
  );
  const ids = rows.map((r) => ctx.records.get(r.key)?.entity_id).filter((id): id is string => !!id);
  type Existing = {
    id: string;
    project_id: string;
    principal: number;
    rate: number;
    term: number;
    grace: number;
    approved_on: string;
    disbursed_on: string | null;
  };
  const existing = new Map(
    (
      await em.execute<Existing[]>(
        `select "id", "project_id", "principal_cents"::int as "principal", "annual_rate_bps" as "rate", "term_months" as "term",
           "grace_months" as "grace", to_char("approved_on", 'YYYY-MM-DD') as "approved_on", to_char("disbursed_on", 'YYYY-MM-DD') as "disbursed_on"
         from ${T('loan')} where "id" = any(?::uuid[])`,
        [pgTextArray(ids)],
      )
    ).map((l) => [l.id, l]),
  );
  const products = new Map<string, LoanProductLimits>();
  let freeCapacityCents: number | null = null;
  let reservedCents = 0;
  const planned: PlannedImportRow<LoanRow, LoanRefs>[] = [];
  for (const r of rows) {
    const v = r.values;
    const projectId = fundedProject(r, facts, ctx);
    if (!projectId) continue;
    // The product version of the approval day: its limits, and the rate and term when the file has none.
    if (!products.has(v.approvedOn)) products.set(v.approvedOn, await loanLimitsOn(em, v.approvedOn));
    const product = products.get(v.approvedOn)!;
    const refs: LoanRefs = {
      projectId,
      annualRateBps: v.annualRateBps ?? product.annualRateBps,
      termMonths: v.termMonths ?? product.maxTermMonths,
      guaranteeShareBps: product.guaranteeShareBps,
    };
    try {
      validateLoanTerms({ ...v, ...refs, startDate: v.approvedOn }, product);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      ctx.error(r, (e.field && LOAN_FIELD_COLUMN[e.field]) ?? 'importo', e.reason, { ...e.params } as Record<string, string | number>);
      continue;
    }
    const before = existing.get(ctx.records.get(r.key)?.entity_id ?? '');
    if (before) {
      // The schedule is written from the terms: a corrected file may change the bank and the contract date only.
      const changed = (
        [
          ['progetto', before.project_id === projectId],
          ['importo', before.principal === v.principalCents],
          ['tasso', before.rate === refs.annualRateBps],
          ['durata_mesi', before.term === refs.termMonths],
          ['preammortamento_mesi', before.grace === v.graceMonths],
          ['data_approvazione', before.approved_on === v.approvedOn],
        ] as const
      ).find(([, same]) => !same);
      if (changed) {
        ctx.error(r, changed[0], 'IMPORT_LOAN_TERMS_CHANGED', { column: changed[0] });
        continue;
      }
      // A disbursed loan's contract is not after its disbursement (the live rule).
      if (before.disbursed_on && v.contractDate && v.contractDate > before.disbursed_on) {
        ctx.error(r, 'data_contratto', 'DISBURSEMENT_BEFORE_CONTRACT');
        continue;
      }
      planned.push({ ...r, action: ctx.actionOf(r), refs });
      continue;
    }
    // A new loan reserves its guaranteed share of the fund's free capacity, as a live one does (the file's loans in turn).
    freeCapacityCents ??= (await fundPosition(em)).freeCapacityCents;
    const guaranteedCents = shareOf(v.principalCents, refs.guaranteeShareBps);
    if (reservedCents + guaranteedCents > freeCapacityCents) {
      ctx.error(r, 'importo', 'GUARANTEE_FUND_CAPACITY', {
        guaranteedCents,
        freeCapacityCents: Math.max(0, freeCapacityCents - reservedCents),
      });
      continue;
    }
    reservedCents += guaranteedCents;
    planned.push({ ...r, action: 'CREATE', refs });
  }
  return { rows: planned, errors: [] };
}

/**
 * PRESTITI: credito sociale loans of funded projects, keyed by the old system's id, opened as a live loan is (the
 * product's limits, the guarantee, the schedule from the approval day, LoanOpened marked imported). A corrected file
 * may change the bank and the contract date; the terms, once the schedule is written, only through an undo.
 */
export const PRESTITI: ImportKindDefinition<LoanRow, LoanRefs> = {
  name: 'PRESTITI',
  layout: FINANCE_IMPORT_LAYOUTS.PRESTITI,
  keyColumn: 'id_esterno',
  parse: parseLoanRow,
  key: (v) => v.externalId,
  externalId: (v) => v.externalId,
  resolve: resolveLoans,
  entity: { table: 'loan', fields: ['bank', 'contract_date'], dateFields: ['contract_date'] },
  async write(tx, { entityId, before, values: v, refs, actorId }) {
    if (before) {
      await tx.execute(`update ${T('loan')} set "bank" = ?, "contract_date" = ? where "id" = ?`, [
        v.bank ?? DEFAULT_BANK,
        v.contractDate,
        entityId,
      ]);
      return;
    }
    const loan = tx.create(Loan, {
      id: entityId,
      decisionId: null,
      projectId: refs.projectId,
      bank: v.bank ?? DEFAULT_BANK,
      principalCents: v.principalCents,
      annualRateBps: refs.annualRateBps,
      termMonths: refs.termMonths,
      graceMonths: v.graceMonths,
      guaranteeShareBps: refs.guaranteeShareBps,
      approvedOn: v.approvedOn,
      contractDate: v.contractDate,
      status: LoanStatus.APPROVED,
    });
    tx.persist(loan);
    // The live opening: limits of the approval day, guarantee capacity, schedule, LoanOpened (a refusal fails the batch).
    await activateLoan(tx, loan, actorId, true, { imported: true });
  },
  async dependents(tx, created) {
    const ids = pgTextArray(created);
    return tx.execute<{ what: string; n: number }[]>(
      `select 'erogazioni' as "what", count(*)::int as "n" from ${T('ledger_entry')} where "loan_id" = any(?::uuid[]) and "account" = 'LOAN_DISBURSED'
       union all select 'rimborsi', count(*)::int from ${T('loan_repayment')} where "loan_id" = any(?::uuid[])
       union all select 'garanzie escusse', count(*)::int from ${T('ledger_entry')} where "loan_id" = any(?::uuid[]) and "account" = 'GUARANTEE_CALLED'
       union all select 'approvazioni', count(*)::int from ${T('approval_request')} where "target_id"::text = any(?::text[])`,
      [ids, ids, ids, ids],
    );
  },
  undoing: async (tx) => allowUndoDeletes(tx),
  async remove(tx, id, actorId) {
    const [loan] = await tx.execute<{ project_id: string }[]>(`select "project_id" from ${T('loan')} where "id" = ?`, [id]);
    if (!loan) return;
    await tx.execute(`delete from ${T('loan_installment')} where "loan_id" = ?`, [id]);
    await tx.execute(`delete from ${T('loan')} where "id" = ?`, [id]);
    await withdrawn(tx, 'LOAN', id, loan.project_id, actorId);
  },
};

// ---- CONTRIBUTI ---------------------------------------------------------------------------------------------

type GrantRefs = { projectId: string };

async function resolveGrants(
  em: EntityManager,
  rows: ParsedImportRow<GrantRow>[],
  ctx: ImportResolveContext,
): Promise<{ rows: PlannedImportRow<GrantRow, GrantRefs>[]; errors: ImportRowError[] }> {
  const facts = await projectFacts(
    em,
    rows.map((r) => r.values.project),
  );
  const ids = rows.map((r) => ctx.records.get(r.key)?.entity_id).filter((id): id is string => !!id);
  type Existing = { id: string; project_id: string; investment: number; services: number; approved_on: string };
  const existing = new Map(
    (
      await em.execute<Existing[]>(
        `select "id", "project_id", "investment_cents"::int as "investment", "services_cents"::int as "services",
           to_char("approved_on", 'YYYY-MM-DD') as "approved_on" from ${T('grant')} where "id" = any(?::uuid[])`,
        [pgTextArray(ids)],
      )
    ).map((g) => [g.id, g]),
  );
  const planned: PlannedImportRow<GrantRow, GrantRefs>[] = [];
  for (const r of rows) {
    const v = r.values;
    const projectId = fundedProject(r, facts, ctx);
    if (!projectId) continue;
    const before = existing.get(ctx.records.get(r.key)?.entity_id ?? '');
    if (before) {
      // The commitment is booked from the amounts and the day: they change only through an undo.
      const changed = (
        [
          ['progetto', before.project_id === projectId],
          ['importo_investimenti', before.investment === v.investmentCents],
          ['importo_servizi', before.services === v.servicesCents],
          ['data_approvazione', before.approved_on === v.approvedOn],
        ] as const
      ).find(([, same]) => !same);
      if (changed) {
        ctx.error(r, changed[0], 'IMPORT_GRANT_TERMS_CHANGED', { column: changed[0] });
        continue;
      }
    }
    planned.push({ ...r, action: before ? ctx.actionOf(r) : 'CREATE', refs: { projectId } });
  }
  return { rows: planned, errors: [] };
}

/**
 * CONTRIBUTI: fondo perduto grants of funded projects, keyed by the old system's id, within the live caps; each
 * opened with its commitment booked on the approval day, one expense line per category (what PAGAMENTI disburses
 * against) and GrantOpened marked imported.
 */
export const CONTRIBUTI: ImportKindDefinition<GrantRow, GrantRefs> = {
  name: 'CONTRIBUTI',
  layout: FINANCE_IMPORT_LAYOUTS.CONTRIBUTI,
  keyColumn: 'id_esterno',
  parse: parseGrantRow,
  key: (v) => v.externalId,
  externalId: (v) => v.externalId,
  resolve: resolveGrants,
  entity: { table: 'grant', fields: ['project_id'] },
  async write(tx, { entityId, before, values: v, refs, actorId }) {
    // A row whose values are the grant's (e.g. the project named by its id instead of its old id): nothing to write.
    if (before) return;
    await openImportedGrant(
      tx,
      {
        id: entityId,
        projectId: refs.projectId,
        investmentCents: v.investmentCents,
        servicesCents: v.servicesCents,
        approvedOn: v.approvedOn,
      },
      actorId,
    );
  },
  async dependents(tx, created) {
    const ids = pgTextArray(created);
    return tx.execute<{ what: string; n: number }[]>(
      `select 'erogazioni' as "what", count(*)::int as "n" from ${T('ledger_entry')} where "grant_id" = any(?::uuid[]) and "account" = 'GRANT_DISBURSED'
       union all select 'storni', count(*)::int from ${T('ledger_entry')} where "grant_id" = any(?::uuid[]) and "reverses_entry_id" is not null`,
      [ids, ids],
    );
  },
  undoing: async (tx) => allowUndoDeletes(tx),
  async remove(tx, id, actorId) {
    const [grant] = await tx.execute<{ project_id: string }[]>(`select "project_id" from ${T('grant')} where "id" = ?`, [id]);
    if (!grant) return;
    await tx.execute(`delete from ${T('ledger_entry')} where "grant_id" = ?`, [id]);
    await tx.execute(`delete from ${T('grant_expense_line')} where "grant_id" = ?`, [id]);
    await tx.execute(`delete from ${T('grant')} where "id" = ?`, [id]);
    await withdrawn(tx, 'GRANT', id, grant.project_id, actorId);
  },
};

// ---- PAGAMENTI ----------------------------------------------------------------------------------------------

type PaymentRefs = { loanId?: string; grantId?: string; expenseLineId?: string };

interface LoanState {
  id: string;
  status: string;
  principal: number;
  approvedOn: string;
  contractDate: string | null;
  disbursedOn: string | null;
  plan: { number: number; dueDate: string; principalCents: number; interestCents: number }[];
  paid: Map<number, Paid>;
}

/** The imported loans the rows name, with their schedule and what each installment has been paid (from the journal). */
async function loanStates(em: EntityManager, ids: string[]): Promise<Map<string, LoanState>> {
  const list = pgTextArray(ids);
  const states = new Map<string, LoanState>();
  for (const l of await em.execute<
    {
      id: string;
      status: string;
      principal: number;
      approved_on: string;
      contract_date: string | null;
      disbursed_on: string | null;
    }[]
  >(
    `select "id", "status", "principal_cents"::int as "principal", to_char("approved_on", 'YYYY-MM-DD') as "approved_on",
       to_char("contract_date", 'YYYY-MM-DD') as "contract_date", to_char("disbursed_on", 'YYYY-MM-DD') as "disbursed_on"
     from ${T('loan')} where "id" = any(?::uuid[])`,
    [list],
  ))
    states.set(l.id, {
      id: l.id,
      status: l.status,
      principal: l.principal,
      approvedOn: l.approved_on,
      contractDate: l.contract_date,
      disbursedOn: l.disbursed_on,
      plan: [],
      paid: new Map(),
    });
  for (const i of await em.execute<{ loan_id: string; number: number; due: string; principal: number; interest: number }[]>(
    `select "loan_id", "number", to_char("due_date", 'YYYY-MM-DD') as "due", "principal_cents"::int as "principal", "interest_cents"::int as "interest"
     from ${T('loan_installment')} where "loan_id" = any(?::uuid[]) order by "loan_id", "number"`,
    [list],
  ))
    states.get(i.loan_id)?.plan.push({ number: i.number, dueDate: i.due, principalCents: i.principal, interestCents: i.interest });
  for (const p of await em.execute<{ loan_id: string; n: number; account: string; total: number }[]>(
    `select "loan_id", "installment_number" as "n", "account", sum("amount_cents")::int as "total" from ${T('ledger_entry')}
     where "loan_id" = any(?::uuid[]) and "account" in ('LOAN_PRINCIPAL_REPAID', 'LOAN_INTEREST_PAID') and "installment_number" is not null
     group by 1, 2, 3`,
    [list],
  )) {
    const paid = states.get(p.loan_id)?.paid;
    if (!paid) continue;
    const x = paid.get(p.n) ?? { principalCents: 0, interestCents: 0 };
    if (p.account === 'LOAN_PRINCIPAL_REPAID') x.principalCents += p.total;
    else x.interestCents += p.total;
    paid.set(p.n, x);
  }
  return states;
}

interface GrantState {
  status: string;
  approvedOn: string;
  /** The imported expense line of each category, with what it has left. */
  lines: Map<string, { id: string; leftCents: number }>;
}

async function grantStates(em: EntityManager, ids: string[]): Promise<Map<string, GrantState>> {
  const list = pgTextArray(ids);
  const states = new Map<string, GrantState>();
  for (const g of await em.execute<{ id: string; status: string; approved_on: string }[]>(
    `select "id", "status", to_char("approved_on", 'YYYY-MM-DD') as "approved_on" from ${T('grant')} where "id" = any(?::uuid[])`,
    [list],
  ))
    states.set(g.id, { status: g.status, approvedOn: g.approved_on, lines: new Map() });
  for (const l of await em.execute<{ id: string; grant_id: string; category: string; description: string; left: number }[]>(
    `select l."id", l."grant_id", l."category", l."description", (l."amount_cents" - coalesce((select sum(e."amount_cents") from ${T('ledger_entry')} e
       where e."expense_line_id" = l."id" and e."account" = 'GRANT_DISBURSED'), 0))::int as "left"
     from ${T('grant_expense_line')} l where l."grant_id" = any(?::uuid[])`,
    [list],
  ))
    if (IMPORTED_EXPENSE_LINE[l.category as keyof typeof IMPORTED_EXPENSE_LINE] === l.description)
      states.get(l.grant_id)?.lines.set(l.category, { id: l.id, leftCents: l.left });
  return states;
}

/**
 * Every payment of the file against its loan or grant, in the order of the file (the order they are written in), as
 * the live rules would take them: a loan is disbursed once, whole, not before its approval and contract; a repayment
 * follows the disbursement and never exceeds what the loan owes on its day (allocated as live, oldest first); a grant
 * disbursement stays within what its category has left.
 */
async function resolvePayments(
  em: EntityManager,
  rows: ParsedImportRow<PaymentRow>[],
  ctx: ImportResolveContext,
): Promise<{ rows: PlannedImportRow<PaymentRow, PaymentRefs>[]; errors: ImportRowError[] }> {
  const loanIds = await importedIds(
    em,
    'PRESTITI',
    rows.flatMap((r) => (r.values.loan ? [r.values.loan] : [])),
  );
  const grantIds = await importedIds(
    em,
    'CONTRIBUTI',
    rows.flatMap((r) => (r.values.grant ? [r.values.grant] : [])),
  );
  const loans = await loanStates(em, [...loanIds.values()]);
  const grants = await grantStates(em, [...grantIds.values()]);
  const planned: PlannedImportRow<PaymentRow, PaymentRefs>[] = [];
  for (const r of rows) {
    const v = r.values;
    if (ctx.records.has(r.key)) {
      // A recorded payment is in the journal and its events went out: it does not change.
      if (ctx.actionOf(r) === 'UNCHANGED') planned.push({ ...r, action: 'UNCHANGED', refs: {} });
      else ctx.error(r, 'id_esterno', 'IMPORT_PAYMENT_CHANGED');
      continue;
    }
    if (v.grant) {
      const grantId = grantIds.get(v.grant);
      const grant = grantId ? grants.get(grantId) : undefined;
      if (!grantId || !grant) {
        ctx.error(r, 'contributo', 'IMPORT_GRANT_NOT_FOUND', { grant: v.grant });
        continue;
      }
      if (grant.status !== 'OPEN') {
        ctx.error(r, 'contributo', 'GRANT_NOT_OPEN');
        continue;
      }
      if (v.paidOn < grant.approvedOn) {
        ctx.error(r, 'data', 'IMPORT_PAYMENT_BEFORE_APPROVAL', { approvedOn: grant.approvedOn });
        continue;
      }
      const line = grant.lines.get(v.category!);
      if (!line || v.amountCents > line.leftCents) {
        ctx.error(r, 'importo', 'RECEIPTS_EXCEED_LINE', { availableCents: line?.leftCents ?? 0 });
        continue;
      }
      line.leftCents -= v.amountCents;
      planned.push({ ...r, action: 'CREATE', refs: { grantId, expenseLineId: line.id } });
      continue;
    }
    const loanId = loanIds.get(v.loan!);
    const loan = loanId ? loans.get(loanId) : undefined;
    if (!loanId || !loan) {
      ctx.error(r, 'prestito', 'IMPORT_LOAN_NOT_FOUND', { loan: v.loan! });
      continue;
    }
    if (v.kind === 'DISBURSEMENT') {
      if (loan.disbursedOn) {
        ctx.error(r, 'tipo', 'IMPORT_LOAN_ALREADY_DISBURSED', { loan: v.loan!, disbursedOn: loan.disbursedOn });
        continue;
      }
      if (loan.status !== LoanStatus.APPROVED) {
        ctx.error(r, 'prestito', 'LOAN_ILLEGAL_TRANSITION', { loanStatus: loan.status, action: 'disbursed' });
        continue;
      }
      if (v.amountCents !== loan.principal) {
        ctx.error(r, 'importo', 'IMPORT_LOAN_DISBURSEMENT_AMOUNT', { principalCents: loan.principal });
        continue;
      }
      if (v.paidOn < loan.approvedOn) {
        ctx.error(r, 'data', 'IMPORT_PAYMENT_BEFORE_APPROVAL', { approvedOn: loan.approvedOn });
        continue;
      }
      if (loan.contractDate && v.paidOn < loan.contractDate) {
        ctx.error(r, 'data', 'DISBURSEMENT_BEFORE_CONTRACT');
        continue;
      }
      loan.disbursedOn = v.paidOn;
      loan.status = LoanStatus.DISBURSED;
      planned.push({ ...r, action: 'CREATE', refs: { loanId } });
      continue;
    }
    if (!loan.disbursedOn) {
      ctx.error(r, 'prestito', 'IMPORT_LOAN_NOT_DISBURSED', { loan: v.loan! });
      continue;
    }
    if (loan.status === LoanStatus.DEFAULTED) {
      ctx.error(r, 'prestito', 'LOAN_TAKES_NO_REPAYMENTS', { loanStatus: loan.status });
      continue;
    }
    if (v.paidOn < loan.disbursedOn) {
      ctx.error(r, 'data', 'REPAYMENT_BEFORE_DISBURSEMENT');
      continue;
    }
    const { allocations, unplacedCents } = allocatePayment(loan.plan, loan.paid, v.paidOn, v.amountCents);
    if (unplacedCents > 0) {
      ctx.error(r, 'importo', 'REPAYMENT_EXCEEDS_OWED', { maxCents: v.amountCents - unplacedCents });
      continue;
    }
    for (const a of allocations) {
      const p = loan.paid.get(a.number) ?? { principalCents: 0, interestCents: 0 };
      loan.paid.set(a.number, { principalCents: p.principalCents + a.principalCents, interestCents: p.interestCents + a.interestCents });
    }
    planned.push({ ...r, action: 'CREATE', refs: { loanId } });
  }
  return { rows: planned, errors: [] };
}

/**
 * PAGAMENTI: disbursements of imported loans and grants and repayments of imported loans, keyed by the old system's
 * id, each written by the live operation (the loan's disbursement, the allocation of a repayment with its journal
 * rows and RepaymentRecorded, a grant tranche against its expense line). A recorded payment does not change.
 */
export const PAGAMENTI: ImportKindDefinition<PaymentRow, PaymentRefs> = {
  name: 'PAGAMENTI',
  layout: FINANCE_IMPORT_LAYOUTS.PAGAMENTI,
  keyColumn: 'id_esterno',
  parse: parsePaymentRow,
  key: (v) => v.externalId,
  externalId: (v) => v.externalId,
  resolve: resolvePayments,
  // Payments are never updated (IMPORT_PAYMENT_CHANGED): the entity is the repayment, or the journal row of a disbursement.
  entity: { table: 'ledger_entry', fields: ['amount_cents'] },
  async write(tx, { entityId, values: v, refs, actorId }) {
    if (refs.grantId) {
      await disburseTranche(
        tx,
        {
          grantId: refs.grantId,
          paidOn: v.paidOn,
          receipts: [
            { expenseLineId: refs.expenseLineId!, amountCents: v.amountCents, receiptNumber: v.receipt ?? v.externalId, entryId: entityId },
          ],
        },
        actorId,
      );
    } else if (v.kind === 'DISBURSEMENT') {
      const [loan] = await tx.execute<{ contract_date: string | null }[]>(
        `select to_char("contract_date", 'YYYY-MM-DD') as "contract_date" from ${T('loan')} where "id" = ?`,
        [refs.loanId!],
      );
      await disburseLoan(tx, { loanId: refs.loanId!, contractDate: loan?.contract_date ?? v.paidOn, disbursedOn: v.paidOn }, actorId, {
        entryId: entityId,
        memo: loan?.contract_date ? 'history import' : CONTRACT_FROM_DISBURSEMENT,
      });
    } else {
      await recordRepayment(tx, { loanId: refs.loanId!, paidOn: v.paidOn, amountCents: v.amountCents }, actorId, {
        id: entityId,
        imported: true,
      });
    }
  },
  // What was recorded on the batch's loans after its payments (later repayments allocate on top of them), or a call
  // of the guarantee, or a reversal of one of its journal rows.
  async dependents(tx, created) {
    const ids = pgTextArray(created);
    return tx.execute<{ what: string; n: number }[]>(
      `with mine as (
         select "loan_id", "recorded_at" from ${T('loan_repayment')} where "id" = any(?::uuid[])
         union all select "loan_id", "recorded_at" from ${T('ledger_entry')} where "id" = any(?::uuid[]) and "loan_id" is not null),
       first as (select "loan_id", min("recorded_at") as "at" from mine group by "loan_id")
       select 'rimborsi registrati dopo' as "what", count(*)::int as "n" from ${T('loan_repayment')} r join first f on f."loan_id" = r."loan_id"
         where r."id" <> all(?::uuid[]) and r."recorded_at" > f."at"
       union all select 'garanzie escusse', count(*)::int from ${T('ledger_entry')} e join first f on f."loan_id" = e."loan_id" where e."account" = 'GUARANTEE_CALLED'
       union all select 'storni', count(*)::int from ${T('ledger_entry')} where "reverses_entry_id" = any(?::uuid[])`,
      [ids, ids, ids, ids],
    );
  },
  // The loans whose payments the undo takes back get the status their remaining payments give them.
  async undoing(tx, entityIds) {
    await allowUndoDeletes(tx);
    const ids = pgTextArray(entityIds);
    const loans = await tx.execute<{ loan_id: string }[]>(
      `select "loan_id" from ${T('loan_repayment')} where "id" = any(?::uuid[])
       union select "loan_id" from ${T('ledger_entry')} where "id" = any(?::uuid[]) and "loan_id" is not null`,
      [ids, ids],
    );
    return async () => {
      if (!loans.length) return;
      await tx.execute(
        `update ${T('loan')} l set "status" = case
           when l."disbursed_on" is null then 'APPROVED'
           when not exists (select 1 from ${T('loan_repayment')} r where r."loan_id" = l."id") then 'DISBURSED'
           when l."principal_cents" <= coalesce((select sum(e."amount_cents") from ${T('ledger_entry')} e
             where e."loan_id" = l."id" and e."account" = 'LOAN_PRINCIPAL_REPAID'), 0) then 'REPAID'
           when l."status" = 'IN_ARREARS' then 'IN_ARREARS'
           else 'REPAYING' end
         where l."id" = any(?::uuid[]) and l."status" <> 'DEFAULTED'`,
        [pgTextArray(loans.map((l) => l.loan_id))],
      );
    };
  },
  async remove(tx, id) {
    const [repayment] = await tx.execute<{ id: string }[]>(`select "id" from ${T('loan_repayment')} where "id" = ?`, [id]);
    if (repayment) {
      await tx.execute(`delete from ${T('ledger_entry')} where "repayment_id" = ?`, [id]);
      await tx.execute(`delete from ${T('loan_repayment')} where "id" = ?`, [id]);
      return;
    }
    const [entry] = await tx.execute<{ account: string; loan_id: string | null; memo: string | null }[]>(
      `select "account", "loan_id", "memo" from ${T('ledger_entry')} where "id" = ?`,
      [id],
    );
    if (!entry) return;
    await tx.execute(`delete from ${T('ledger_entry')} where "id" = ?`, [id]);
    if (entry.account === 'LOAN_DISBURSED' && entry.loan_id)
      await tx.execute(
        `update ${T('loan')} set "status" = 'APPROVED', "disbursed_on" = null,
           "contract_date" = case when ? then null else "contract_date" end where "id" = ?`,
        [entry.memo === CONTRACT_FROM_DISBURSEMENT, entry.loan_id],
      );
  },
};

/** The kinds the finance subgraph imports, in the order their files go in (loans and grants, then their payments). */
export const financeImportKinds = [PRESTITI, CONTRIBUTI, PAGAMENTI] as ImportKindDefinition[];

/** The history import of the finance subgraph (issue 27), wired in definition.ts with withHistoryImport. */
export const financeHistoryImport = new HistoryImportEngine('finance', financeImportKinds);
