import { Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { ApprovalRequest, ApprovalRule, ApproverRole, MoneyOperationKind } from '../entities/approval.entity.js';
import { OperationOutcomeReason, OperationOutcomeStatus } from '../services/approval.service.js';
import { Loan } from '../entities/loan.entity.js';
import { LoanRepayment } from '../entities/loan-repayment.entity.js';
import { GuaranteePlafond } from '../entities/guarantee-plafond.entity.js';
import { BudgetCommitment, BudgetLine } from '../entities/budget.entity.js';
import { Grant } from '../entities/grant.entity.js';
import { TrainingSettlement } from '../entities/settlement.entity.js';
import { StageIndemnity } from '../entities/stage-indemnity.entity.js';
import { SupportPayment } from '../entities/support-payment.entity.js';
import { LedgerEntry } from '../entities/ledger-entry.entity.js';

registerEnumType(OperationOutcomeStatus, { name: 'OperationOutcomeStatus', description: 'A money mutation ran, or waits for approval' });
registerEnumType(OperationOutcomeReason, { name: 'OperationOutcomeReason', description: 'Why it ran at once or waits (stable code)' });

/** The payload of a money mutation: the pending request, or the result when one person sufficed. */
function outcomeType<T extends object>(name: string, result: ClassType<T>) {
  @ObjectType(name, { description: `A money operation: PENDING_APPROVAL with its request, or EXECUTED with its ${result.name}` })
  class Outcome {
    @Field(() => OperationOutcomeStatus) status!: OperationOutcomeStatus;
    @Field(() => OperationOutcomeReason) reason!: OperationOutcomeReason;
    @Field(() => ApprovalRequest, { nullable: true, description: 'The request waiting for a second person (PENDING_APPROVAL)' })
    request!: ApprovalRequest | null;
    @Field(() => result, { nullable: true, description: 'What the operation produced (EXECUTED)' })
    result!: T | null;
  }
  return Outcome;
}

export const LoanOutcome = outcomeType('LoanOutcome', Loan);
export const LoanRepaymentOutcome = outcomeType('LoanRepaymentOutcome', LoanRepayment);
export const GuaranteePlafondOutcome = outcomeType('GuaranteePlafondOutcome', GuaranteePlafond);
export const BudgetCommitmentOutcome = outcomeType('BudgetCommitmentOutcome', BudgetCommitment);
export const BudgetLineOutcome = outcomeType('BudgetLineOutcome', BudgetLine);
export const GrantOutcome = outcomeType('GrantOutcome', Grant);
export const TrainingSettlementOutcome = outcomeType('TrainingSettlementOutcome', TrainingSettlement);
export const StageIndemnityOutcome = outcomeType('StageIndemnityOutcome', StageIndemnity);
export const SupportPaymentOutcome = outcomeType('SupportPaymentOutcome', SupportPayment);
export const LedgerEntryOutcome = outcomeType('LedgerEntryOutcome', LedgerEntry);

export const RESULT_TYPES = {
  Loan,
  LoanRepayment,
  GuaranteePlafond,
  BudgetCommitment,
  BudgetLine,
  Grant,
  TrainingSettlement,
  StageIndemnity,
  SupportPayment,
  FinanceLedgerEntry: LedgerEntry,
  ApprovalRule,
} as const;

export const ApprovalResult = createUnionType({
  name: 'ApprovalResult',
  description: 'What an approved request produced',
  types: () => Object.values(RESULT_TYPES),
});

@ObjectType('ApprovalLedgerLine', { description: 'A journal line the request writes when approved' })
export class ApprovalLedgerLine {
  @Field(() => String) account!: string;
  @Field(() => Int) amountCents!: number;
  @Field(() => String) bookedOn!: string;
  @Field(() => String, { nullable: true }) memo!: string | null;
  @Field(() => ID, { nullable: true }) loanId!: string | null;
  @Field(() => ID, { nullable: true }) grantId!: string | null;
  @Field(() => ID, { nullable: true }) budgetLineId!: string | null;
  @Field(() => Int, { nullable: true }) installmentNumber!: number | null;
}

@ObjectType('ApprovalChange', { description: 'One value of the target before and after the operation' })
export class ApprovalChange {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@InputType()
export class ApprovalRuleChangeInput {
  @Field(() => MoneyOperationKind) kind!: MoneyOperationKind;
  @Field(() => Boolean) required!: boolean;
  @Field(() => Int, { description: 'Operations moving less than this need no approval (0: all do)' }) thresholdCents!: number;
  @Field(() => ApproverRole) approverRole!: ApproverRole;
  @Field(() => [ID], { defaultValue: [] }) approverUserIds!: string[];
  @Field(() => String, { description: 'Why (5–500 characters)' }) reason!: string;
}
