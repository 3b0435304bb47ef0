import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ContactChannel } from './enums.js';

/** A call or message to the person, answered or not (basis of the "unreachable" proposal). */
@ObjectType()
// Natural duplicate refused by the database (issue 28): one attempt per person at one instant.
@Unique({ name: 'contact_attempt_beneficiary_id_at_unique', properties: ['beneficiaryId', 'at'] })
@Entity({ tableName: 'contact_attempt' })
export class ContactAttempt {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => ContactChannel)
  @Enum({ items: () => ContactChannel, type: 'text' })
  channel!: ContactChannel;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  answered!: boolean;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  operatorId!: string;
}
