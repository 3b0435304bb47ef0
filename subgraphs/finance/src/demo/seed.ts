import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_COMPANIES, DEMO_LOANS, DEMO_PROJECTS, companyId, demoId, projectId } from '@ixl/demo-data';
import { Loan, LoanStatus } from '../entities/loan.entity.js';
import { LoanInstallment } from '../entities/loan-installment.entity.js';
import { GuaranteePlafond } from '../entities/guarantee-plafond.entity.js';
import { BudgetLine } from '../entities/budget.entity.js';
import { Funder, LedgerAccount, NonCashSupportKind } from '../entities/enums.js';
import { NonCashSupport } from '../entities/non-cash-support.entity.js';
import { buildLoanSchedule } from '../services/loan-schedule.js';
import { publishFinanceEvent } from '../events/publish.js';
import { book } from '../services/ledger.service.js';
import { recordRepayment } from '../services/loan-repayment.service.js';
import { commitBudget, disburseCommitment } from '../services/budget.service.js';
import { seedApprovalDemo } from './approvals.js';

/** Installments of the demo loan paid on their due dates (the demo is a mid-2021 snapshot). */
const PAID_UNTIL = '2021-06-30';

const BUDGET = [
  {
    key: 'comune-2017-2021',
    funder: Funder.COMUNE,
    fromYear: 2017,
    toYear: 2021,
    label: 'Comune di Bologna 2017–2021',
    amountCents: 1_000_000_000,
  },
  {
    key: 'arcidiocesi-2017-2021',
    funder: Funder.ARCIDIOCESI_FONDAZIONE,
    fromYear: 2017,
    toYear: 2021,
    label: 'Arcidiocesi / Fondazione San Petronio 2017–2021',
    amountCents: 400_000_000,
  },
  {
    key: 'straordinario-2021',
    funder: Funder.EXTRAORDINARY_FUND,
    fromYear: 2021,
    toYear: 2021,
    label: 'Fondo straordinario 2021',
    amountCents: 100_000_000,
  },
] as const;

/**
 * The sartoria's social loan (€25,000, 3.25%, 60 months, 6 grace) with its schedule and repayments,
 * the guarantee fund's plafond history (€100k → €150k), the 2017–2021 budget lines and the 2020
 * figures (€28,139 approved, €15,335.60 disbursed). Skipped when any loan exists.
 */
export async function seedFinanceDemo(em: EntityManager): Promise<{ seeded: boolean; counts?: Record<string, number> }> {
  if (await em.count(Loan, {})) return { seeded: false };
  let installments = 0;
  await em.transactional(async (tx) => {
    tx.persist(
      tx.create(GuaranteePlafond, {
        id: demoId('plafond', '2017'),
        effectiveFrom: '2017-01-01',
        amountCents: 10_000_000,
        note: 'Fondo di garanzia Fondazione San Petronio presso Emil Banca',
        recordedAt: new Date('2017-01-01T09:00:00Z'),
      }),
    );
    tx.persist(
      tx.create(GuaranteePlafond, {
        id: demoId('plafond', '2020'),
        effectiveFrom: '2020-01-01',
        amountCents: 15_000_000,
        note: 'Plafond portato a 150.000 €',
        recordedAt: new Date('2020-01-01T09:00:00Z'),
      }),
    );
    for (const l of DEMO_LOANS) {
      const loan = tx.create(Loan, {
        id: demoId('loan', l.key),
        projectId: projectId(l.projectKey),
        bank: l.bank,
        principalCents: l.principalCents,
        annualRateBps: l.annualRateBps,
        termMonths: l.termMonths,
        graceMonths: l.graceMonths,
        status: LoanStatus.DISBURSED,
        guaranteeShareBps: 7000,
        contractDate: l.contractDate,
        approvedOn: l.contractDate,
        disbursedOn: l.contractDate,
        // The management committee's decision of 2020-07-20 in the projects demo (same deterministic id), so a
        // replayed FundingApproved for it would find this loan instead of opening a second one.
        decisionId: demoId('decision', demoId('agenda-item', 'mgmt-2020-07:0')),
      });
      tx.persist(loan);
      const schedule = buildLoanSchedule({
        principalCents: l.principalCents,
        annualRateBps: l.annualRateBps,
        termMonths: l.termMonths,
        graceMonths: l.graceMonths,
        startDate: l.contractDate,
      });
      for (const row of schedule.installments) tx.persist(tx.create(LoanInstallment, { id: randomUUID(), loanId: loan.id, ...row }));
      installments += schedule.installments.length;
      book(tx, { account: LedgerAccount.LOAN_DISBURSED, amountCents: l.principalCents, bookedOn: l.contractDate, loanId: loan.id });
      // As an opened loan does, so the projects subgraph counts it in the project results (its read model).
      await publishFinanceEvent(
        tx,
        'LoanOpened',
        { type: 'Loan', id: loan.id },
        {
          loanId: loan.id,
          decisionId: loan.decisionId,
          projectId: loan.projectId,
          principalCents: l.principalCents,
          annualRateBps: l.annualRateBps,
          termMonths: l.termMonths,
          graceMonths: l.graceMonths,
          guaranteedCents: Math.round((l.principalCents * 7000) / 10_000),
          installmentCents: schedule.installmentCents,
          firstDueDate: schedule.installments[0]?.dueDate ?? '',
          approvedOn: l.contractDate,
        },
        null,
      );
    }
    // The demo data is loaded without its events: finance's read models of projects and employers get the same facts here.
    for (const p of DEMO_PROJECTS)
      await tx.execute(
        `insert into "finance"."project_fact" ("project_id", "project_kind", "status", "organisation_kind", "call_kind") values (?, 'SOCIAL_INNOVATION', ?, null, 'SOCIAL_INNOVATION') on conflict do nothing`,
        [projectId(p.key), p.status],
      );
    for (const c of DEMO_COMPANIES)
      await tx.execute(
        `insert into "finance"."employer_fact" ("company_id", "name", "third_sector") values (?, ?, ?) on conflict do nothing`,
        [companyId(c.key), c.name, c.key === 'fraternita'],
      );
    // "inserimento di 3 persone in stage" funded for the sartoria sociale (seeds/000_ff0b96446bfee347.txt:469).
    tx.persist(
      tx.create(NonCashSupport, {
        id: demoId('non-cash', 'sartoria-stage'),
        projectId: projectId('sartoria'),
        projectKind: 'SOCIAL_INNOVATION',
        kind: NonCashSupportKind.STAGE_FUNDING,
        description: 'Inserimento di 3 persone in stage (3 mesi)',
        valueCents: 405_000,
        providedOn: '2020-09-01',
        recordedAt: new Date('2020-09-01T09:00:00Z'),
      }),
    );
    for (const b of BUDGET)
      tx.persist(
        tx.create(BudgetLine, {
          id: demoId('budget-line', b.key),
          funder: b.funder,
          fromYear: b.fromYear,
          toYear: b.toYear,
          label: b.label,
          amountCents: b.amountCents,
        }),
      );
  });
  let repayments = 0;
  for (const l of DEMO_LOANS) {
    const plan = await em.find(
      LoanInstallment,
      { loanId: demoId('loan', l.key), dueDate: { $lte: PAID_UNTIL } },
      { orderBy: { number: 'asc' } },
    );
    for (const row of plan) {
      await recordRepayment(em, { loanId: demoId('loan', l.key), paidOn: row.dueDate, amountCents: row.totalCents }, null);
      repayments++;
    }
    const loan = await em.findOneOrFail(Loan, { id: demoId('loan', l.key) });
    if (loan.status !== LoanStatus[l.status]) throw new Error(`finance demo: loan ${l.key} ended ${loan.status}, expected ${l.status}`);
  }
  const c2020 = await commitBudget(
    em,
    {
      budgetLineId: demoId('budget-line', 'arcidiocesi-2017-2021'),
      amountCents: 2_813_900,
      bookedOn: '2020-12-31',
      purpose: '2020: projects and self-employment funding approved',
    },
    null,
  );
  await disburseCommitment(em, { commitmentId: c2020.id, amountCents: 1_533_560, paidOn: '2020-12-31' }, null);
  const approvalRequests = DEMO_LOANS[0] ? await seedApprovalDemo(em, DEMO_LOANS[0].key) : 0;
  return {
    seeded: true,
    counts: { loans: DEMO_LOANS.length, installments, repayments, plafonds: 2, budgetLines: BUDGET.length, approvalRequests },
  };
}
