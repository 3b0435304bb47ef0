import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RepaymentKind } from './enums.js';

/**
 * A payment received on a loan and how it was allocated (immutable; its money is in the journal). The
 * same payment (loan, day, amount) is recorded once: a repeat is CONFLICT naming the first.
 */
@ObjectType('LoanRepayment')
@Entity({ tableName: 'loan_repayment' })
@Unique({ name: 'loan_repayment_same_payment_unique', properties: ['loanId', 'paidOn', 'amountCents'] })
export class LoanRepayment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  loanId!: string;

  @Field(() => String)
  @Property({ type: 'date' })
  paidOn!: string;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  amountCents!: number;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  interestCents!: number;

  @Field(() => Int, { description: 'Principal of installments already due' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  principalCents!: number;

  @Field(() => Int, { description: 'Principal repaid before it was due (early repayment)' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  earlyPrincipalCents!: number;

  @Field(() => RepaymentKind)
  @Enum({ items: () => RepaymentKind, type: 'text' })
  kind!: RepaymentKind;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
