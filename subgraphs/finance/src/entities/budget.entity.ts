import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Funder } from './enums.js';

/** Money a funder assigned to the programme for a year or a range of years. */
@ObjectType('BudgetLine')
@Entity({ tableName: 'budget_line' })
export class BudgetLine {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => Funder)
  @Enum({ items: () => Funder, type: 'text' })
  funder!: Funder;

  @Field(() => Int)
  @Property({ type: 'integer' })
  fromYear!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  toYear!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  label!: string;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  amountCents!: number;
}

/** An amount committed on a budget line (what it pays for); its money is in the journal. */
@ObjectType('BudgetCommitment')
@Entity({ tableName: 'budget_commitment' })
export class BudgetCommitment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  budgetLineId!: string;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  amountCents!: number;

  @Field(() => String)
  @Property({ type: 'date' })
  bookedOn!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  purpose!: string;
}
