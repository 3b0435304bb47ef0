import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LoanInstallment } from '../entities/loan-installment.entity.js';

@InputType()
export class LoanSimulationInput {
  @Field(() => Int, { description: 'Principal in cents (≤ 2,500,000 = €25,000)' })
  principalCents!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Optional: the product’s fixed rate is used (loanProduct); another value is refused (BAD_USER_INPUT)',
  })
  annualRatePercent?: number | null;

  @Field(() => Int, { description: 'Total term in months, grace included (6–60)' })
  termMonths!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Interest-only months (0–6)' })
  graceMonths!: number;

  @Field(() => String, { nullable: true, description: 'ISO date; installment k falls due k months later. Default: today (Europe/Rome)' })
  startDate?: string | null;
}

@ObjectType({
  description:
    'Interest-only during grace, then French annuity; half-up rounding to the cent per installment, the last absorbs the remainder',
})
export class LoanSimulation {
  @Field(() => [LoanInstallment])
  installments!: LoanInstallment[];

  @Field(() => Int)
  totalInterestCents!: number;

  @Field(() => Int, { description: 'The annuity of the amortisation months' })
  installmentCents!: number;
}

@ObjectType()
export class LoanPosition {
  @Field(() => String)
  asOf!: string;

  @Field(() => Int)
  outstandingPrincipalCents!: number;

  @Field(() => Int)
  paidPrincipalCents!: number;

  @Field(() => Int)
  paidInterestCents!: number;

  @Field(() => Int)
  overdueCents!: number;

  @Field(() => Int)
  daysPastDue!: number;

  @Field(() => Int, { description: "The fund's exposure: guaranteed share of the outstanding principal (0 once closed)" })
  guaranteeExposureCents!: number;
}

@InputType()
export class DisburseLoanInput {
  @Field(() => ID)
  loanId!: string;

  @Field(() => String, { nullable: true })
  bank?: string | null;

  @Field(() => String)
  contractDate!: string;

  @Field(() => String)
  disbursedOn!: string;
}

@InputType()
export class LoanRepaymentInput {
  @Field(() => ID)
  loanId!: string;

  @Field(() => String)
  paidOn!: string;

  @Field(() => Int)
  amountCents!: number;
}

@InputType()
export class LoanProductInput {
  @Field(() => String, { description: 'First day (ISO), today or later' }) validFrom!: string;
  @Field(() => Float, { description: 'Fixed annual rate, %' }) annualRatePercent!: number;
  @Field(() => Int) maxPrincipalCents!: number;
  @Field(() => Int) minTermMonths!: number;
  @Field(() => Int) maxTermMonths!: number;
  @Field(() => Int) maxGraceMonths!: number;
  @Field(() => Float, { description: 'Share guaranteed by the fund, %' }) guaranteeSharePercent!: number;
  @Field(() => String, { description: 'Why (5–500 characters)' }) reason!: string;
}
