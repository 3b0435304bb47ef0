import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_LOANS, demoId, projectId } from '@ixl/demo-data';
import { Loan, LoanStatus } from '../entities/loan.entity.js';

/** The funded project's social loan; skipped when any loan exists. */
export async function seedFinanceDemo(em: EntityManager): Promise<{ seeded: boolean; counts?: Record<string, number> }> {
  if (await em.count(Loan, {})) return { seeded: false };
  await em.transactional(async (tx) => {
    for (const l of DEMO_LOANS) {
      tx.persist(tx.create(Loan, { id: demoId('loan', l.key), projectId: projectId(l.projectKey), bank: l.bank, principalCents: l.principalCents, annualRateBps: l.annualRateBps, termMonths: l.termMonths, graceMonths: l.graceMonths, status: LoanStatus[l.status], contractDate: l.contractDate }));
    }
  });
  return { seeded: true, counts: { loans: DEMO_LOANS.length } };
}
