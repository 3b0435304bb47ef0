import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum LoanStatus {
  APPROVED = 'APPROVED',
  DISBURSED = 'DISBURSED',
  REPAYING = 'REPAYING',
  IN_ARREARS = 'IN_ARREARS',
  REPAID = 'REPAID',
  DEFAULTED = 'DEFAULTED',
}
registerEnumType(LoanStatus, { name: 'LoanStatus' });

/** A credito sociale loan (with Emil Banca), guaranteed by the fund (DOMAIN.md §5). */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'loan' })
export class Loan {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The funded project (owned by `projects`). */
  @Index()
  @Property({ type: 'uuid' })
  projectId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  bank!: string;

  @Field(() => Int, { description: 'Principal in euro cents' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  principalCents!: number;

  @Field(() => Int, { description: 'Annual rate in basis points (325 = 3.25%)' })
  @Property({ type: 'integer' })
  annualRateBps!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  termMonths!: number;

  @Field(() => Int, { description: 'Interest-only months (pre-amortisation)' })
  @Property({ type: 'integer' })
  graceMonths!: number;

  @Field(() => LoanStatus)
  @Enum({ items: () => LoanStatus, type: 'text' })
  status: LoanStatus = LoanStatus.APPROVED;

  @Field(() => String, { nullable: true, description: 'ISO date of the loan contract' })
  @Property({ type: 'date', nullable: true })
  contractDate: string | null = null;
}
