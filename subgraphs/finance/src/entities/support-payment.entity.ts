import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SupportPaymentKind } from './enums.js';

/** An over-55 hiring incentive or an intermediary project grant committed for a year. */
@ObjectType('SupportPayment')
// Natural duplicate refused by the database (issue 28): the same payment (kind, reference, year, day, amount) once.
@Unique({ name: 'support_payment_same_payment_unique', properties: ['kind', 'referenceId', 'year', 'bookedOn', 'amountCents'] })
@Entity({ tableName: 'support_payment' })
@Index({ properties: ['kind', 'referenceId', 'year'] })
export class SupportPayment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => SupportPaymentKind)
  @Enum({ items: () => SupportPaymentKind, type: 'text' })
  kind!: SupportPaymentKind;

  @Field(() => ID, { description: 'OVER55_HIRING: the placement; INTERMEDIARY_PROJECT: the intermediary project' })
  @Property({ type: 'uuid' })
  referenceId!: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  companyId: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  amountCents!: number;

  @Field(() => String)
  @Property({ type: 'date' })
  bookedOn!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;
}
