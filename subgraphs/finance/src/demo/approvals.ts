import type { EntityManager } from '@mikro-orm/postgresql';
import { demoId, demoUserId } from '@ixl/demo-data';
import { ApprovalRequest, ApprovalRule, MoneyOperationKind } from '../entities/approval.entity.js';
import { LoanInstallment } from '../entities/loan-installment.entity.js';
import { requestMoneyOperation } from '../services/approval.service.js';

/** The demo's approver (STAFF): named in every rule, so the maker (staff@demo.ixl) and the checker are two operators. */
export const DEMO_APPROVER_ID = demoUserId('approvatore@demo.ixl');
const DEMO_MAKER = { role: 'STAFF' as const, userId: demoUserId('staff@demo.ixl') };

/**
 * Maker-checker in the demo: the approver named on every rule, repayments under €300 recorded by one person (a bank
 * statement line), and three operations prepared by staff@demo.ixl waiting for approval (one of them overdue).
 */
export async function seedApprovalDemo(em: EntityManager, loanKey: string): Promise<number> {
  const rules = await em.find(ApprovalRule, {});
  for (const rule of rules) {
    // A change of the rules is decided by another ADMIN only (whoever the rule names).
    if (rule.kind === MoneyOperationKind.CHANGE_APPROVAL_RULE) continue;
    rule.approverUserIds = [DEMO_APPROVER_ID];
    if (rule.kind === MoneyOperationKind.RECORD_LOAN_REPAYMENT) rule.thresholdCents = 30_000;
  }
  await em.flush();
  const loanId = demoId('loan', loanKey);
  const next = await em.findOne(LoanInstallment, { loanId, dueDate: { $gt: '2021-06-30' } }, { orderBy: { number: 'asc' } });
  const prepared = [
    await requestMoneyOperation(em, DEMO_MAKER, MoneyOperationKind.COMMIT_BUDGET, {
      budgetLineId: demoId('budget-line', 'straordinario-2021'),
      amountCents: 1_200_000,
      bookedOn: '2021-07-01',
      purpose: 'Borse lavoro estate 2021',
    }),
    await requestMoneyOperation(em, DEMO_MAKER, MoneyOperationKind.SET_GUARANTEE_PLAFOND, {
      amountCents: 17_500_000,
      effectiveFrom: '2021-07-01',
      note: 'Nuovo conferimento della Fondazione San Petronio',
    }),
  ];
  if (next)
    prepared.push(
      await requestMoneyOperation(em, DEMO_MAKER, MoneyOperationKind.RECORD_LOAN_REPAYMENT, {
        loanId,
        paidOn: next.dueDate,
        amountCents: next.totalCents,
      }),
    );
  // The first one has waited three days: the queue shows it overdue.
  const first = prepared[0]?.request;
  if (first) {
    const r = await em.findOneOrFail(ApprovalRequest, { id: first.id });
    r.createdAt = new Date(Date.now() - 3 * 86_400_000);
    r.dueAt = new Date(Date.now() - 86_400_000);
    await em.flush();
  }
  return prepared.filter((p) => p.request).length;
}
