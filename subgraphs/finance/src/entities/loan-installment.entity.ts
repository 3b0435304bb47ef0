import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** One row of a loan's repayment plan, written once when the loan opens (never updated). */
@ObjectType('LoanInstallment')
@Entity({ tableName: 'loan_installment' })
@Unique({ properties: ['loanId', 'number'] })
export class LoanInstallment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  loanId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => String)
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  principalCents!: number;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  interestCents!: number;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  totalCents!: number;

  @Field(() => Int, { description: 'Principal still owed after this installment, per plan' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  balanceCents!: number;
}
