import { personalDataResolver, withHistoryImport, type SubgraphDefinition } from '@ixl/subgraph-kit';
import { financeHistoryImport } from './services/history-import.service.js';
import { BeneficiaryRef } from './entities/beneficiary-privacy.ref.js';
import { Loan } from './entities/loan.entity.js';
import { LoanInstallment } from './entities/loan-installment.entity.js';
import { LoanRepayment } from './entities/loan-repayment.entity.js';
import { LedgerEntry } from './entities/ledger-entry.entity.js';
import { GuaranteePlafond } from './entities/guarantee-plafond.entity.js';
import { Grant, GrantExpenseLine } from './entities/grant.entity.js';
import { TrainingSettlement, TrainingSettlementRevision } from './entities/settlement.entity.js';
import { LoanProduct } from './entities/loan-product.entity.js';
import { StageIndemnity } from './entities/stage-indemnity.entity.js';
import { SupportPayment } from './entities/support-payment.entity.js';
import { NonCashSupport } from './entities/non-cash-support.entity.js';
import { NonCashSupportResolver, ProjectSupportResolver } from './resolvers/non-cash-support.resolver.js';
import { BudgetCommitment, BudgetLine } from './entities/budget.entity.js';
import { ProjectRef } from './entities/project.ref.js';
import { UserRef } from './entities/user.ref.js';
import { migrations } from './migrations/index.js';
import { seedFinanceDemo } from './demo/seed.js';
import { financeConsumers } from './events/index.js';
import { financeJobs } from './jobs/index.js';
import { LoanResolver, ProjectLoansResolver, resolveLoanReference } from './resolvers/loan.resolver.js';
import { LoanAdminResolver } from './resolvers/loan-admin.resolver.js';
import { GrantExpenseLineResolver, GrantResolver, ProjectGrantsResolver } from './resolvers/grant.resolver.js';
import { visibleGrant } from './services/grant-query.service.js';
import { GuaranteeFundResolver } from './resolvers/guarantee-fund.resolver.js';
import { PaymentResolver, StageIndemnityResolver, TrainingSettlementResolver } from './resolvers/payment.resolver.js';
import { BudgetResolver } from './resolvers/budget.resolver.js';
import { LedgerResolver } from './resolvers/ledger.resolver.js';
import { FinanceReportResolver } from './resolvers/report.resolver.js';
import { FinanceLiveResolver } from './resolvers/live.resolver.js';
import { ApprovalResolver } from './resolvers/approval.resolver.js';
import { ApprovalRequest, ApprovalRule, ApprovalRuleChange } from './entities/approval.entity.js';

/** The finance subgraph: social loans, grants, guarantee fund, settlements, budget. */
export const financeSubgraph: SubgraphDefinition = withHistoryImport(
  {
    name: 'finance',
    entities: [
      Loan,
      LoanInstallment,
      LoanRepayment,
      LedgerEntry,
      GuaranteePlafond,
      Grant,
      GrantExpenseLine,
      TrainingSettlement,
      TrainingSettlementRevision,
      LoanProduct,
      StageIndemnity,
      SupportPayment,
      NonCashSupport,
      BudgetLine,
      BudgetCommitment,
      ApprovalRequest,
      ApprovalRule,
      ApprovalRuleChange,
    ],
    migrations,
    resolvers: [
      FinanceReportResolver,
      LoanResolver,
      ProjectLoansResolver,
      LoanAdminResolver,
      GrantResolver,
      GrantExpenseLineResolver,
      ProjectGrantsResolver,
      NonCashSupportResolver,
      ProjectSupportResolver,
      GuaranteeFundResolver,
      PaymentResolver,
      TrainingSettlementResolver,
      StageIndemnityResolver,
      BudgetResolver,
      LedgerResolver,
      FinanceLiveResolver,
      ApprovalResolver,
      personalDataResolver('finance', BeneficiaryRef),
    ],
    orphanedTypes: [ProjectRef, BeneficiaryRef, UserRef],
    referenceResolvers: {
      Loan: { __resolveReference: resolveLoanReference },
      Grant: { __resolveReference: (ref: { id: string }, ctx) => visibleGrant(ctx, ref.id) },
      Project: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
      Beneficiary: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
    consumers: financeConsumers,
    jobs: financeJobs,
    seedDemo: seedFinanceDemo,
    // Natural duplicates the database refuses (CONFLICT with existingId): issue 28.
    duplicates: {
      approval_request_pending_unique: {
        message: 'The same operation is already waiting for approval',
        field: 'id',
      },
      loan_repayment_same_payment_unique: {
        message: 'This payment is already recorded (same loan, day and amount)',
        field: 'amountCents',
      },
    },
  },
  financeHistoryImport,
);
