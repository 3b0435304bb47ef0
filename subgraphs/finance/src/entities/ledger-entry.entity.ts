import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LedgerAccount } from './enums.js';

/**
 * The finance journal: every money movement is one immutable row (a signed amount on one account,
 * tagged with what it concerns). Corrections are new rows that reverse an earlier one
 * (`reversesEntryId`); a database trigger rejects UPDATE and DELETE.
 */
@ObjectType('FinanceLedgerEntry')
@Entity({ tableName: 'ledger_entry' })
@Index({ properties: ['account', 'bookedOn'] })
export class LedgerEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  @Field(() => String)
  @Property({ type: 'date' })
  bookedOn!: string;

  @Field(() => LedgerAccount)
  @Enum({ items: () => LedgerAccount, type: 'text' })
  account!: LedgerAccount;

  @Field(() => Int, { description: 'Signed amount in cents (a reversal has the opposite sign)' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  amountCents!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  memo: string | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  loanId: string | null = null;

  @Property({ type: 'integer', nullable: true })
  installmentNumber: number | null = null;

  @Property({ type: 'uuid', nullable: true })
  repaymentId: string | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  grantId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  expenseLineId: string | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  settlementId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  stageIndemnityId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  supportPaymentId: string | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  budgetLineId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  commitmentId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Unique()
  @Property({ type: 'uuid', nullable: true })
  reversesEntryId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;
}
