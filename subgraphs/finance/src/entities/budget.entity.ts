import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Funder } from './enums.js';

/** Money a funder assigned to the programme for a year or a range of years. */
@ObjectType('BudgetLine')
// Natural duplicate refused by the database (issue 28): one budget line per funder, first year and label.
@Unique({ name: 'budget_line_natural_key_unique', properties: ['funder', 'fromYear', 'label'] })
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
// Natural duplicate refused by the database (issue 28): the same commitment (line, day, amount, purpose) once.
@Unique({ name: 'budget_commitment_natural_key_unique', properties: ['budgetLineId', 'bookedOn', 'amountCents', 'purpose'] })
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
