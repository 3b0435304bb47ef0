import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Funder, GrantCategory, NonCashSupportKind, SupportPaymentKind } from '../entities/enums.js';
import { GuaranteePlafond } from '../entities/guarantee-plafond.entity.js';

@ObjectType()
export class GuaranteeFund {
  @Field(() => String)
  asOf!: string;

  @Field(() => Int)
  plafondCents!: number;

  @Field(() => Int)
  exposureCents!: number;

  @Field(() => Int)
  calledCents!: number;

  @Field(() => Int)
  freeCapacityCents!: number;

  @Field(() => [GuaranteePlafond])
  plafondHistory!: GuaranteePlafond[];
}

@InputType()
export class GrantExpenseLineInput {
  @Field(() => ID)
  grantId!: string;

  @Field(() => GrantCategory)
  category!: GrantCategory;

  @Field(() => String)
  description!: string;

  @Field(() => Int)
  amountCents!: number;
}

@InputType()
export class GrantReceiptInput {
  @Field(() => ID)
  expenseLineId!: string;

  @Field(() => Int)
  amountCents!: number;

  @Field(() => String)
  receiptNumber!: string;
}

@InputType()
export class GrantTrancheInput {
  @Field(() => ID)
  grantId!: string;

  @Field(() => String)
  paidOn!: string;

  @Field(() => [GrantReceiptInput])
  receipts!: GrantReceiptInput[];
}

@InputType()
export class BudgetLineInput {
  @Field(() => Funder)
  funder!: Funder;

  @Field(() => Int)
  fromYear!: number;

  @Field(() => Int)
  toYear!: number;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  amountCents!: number;
}

@InputType()
export class BudgetCommitmentInput {
  @Field(() => ID)
  budgetLineId!: string;

  @Field(() => Int)
  amountCents!: number;

  @Field(() => String)
  bookedOn!: string;

  @Field(() => String)
  purpose!: string;
}

@InputType()
export class SupportPaymentInput {
  @Field(() => SupportPaymentKind)
  kind!: SupportPaymentKind;

  @Field(() => ID)
  referenceId!: string;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  amountCents!: number;

  @Field(() => String)
  bookedOn!: string;

  @Field(() => String)
  description!: string;
}

@InputType({ description: 'Staff: non-cash support given to a project (a course paid, stages funded, services in kind)' })
export class NonCashSupportInput {
  @Field(() => ID, { description: 'The social-innovation project or self-employment path' })
  projectId!: string;

  @Field(() => NonCashSupportKind)
  kind!: NonCashSupportKind;

  @Field(() => String)
  description!: string;

  @Field(() => Int, { description: 'Value in euro cents' })
  valueCents!: number;

  @Field(() => String, { description: 'ISO date it was provided (not after today)' })
  providedOn!: string;
}
