import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CallKind } from './enums.js';

/** A call (bando): periodic social-innovation call, always-open over-55 call, intermediaries call. */
@ObjectType('ProjectCall')
// Natural duplicate refused by the database (issue 28): the same call (kind, title, opening day) once.
@Unique({ name: 'call_kind_title_opens_on_unique', properties: ['kind', 'title', 'opensOn'] })
@Entity({ tableName: 'call' })
export class Call {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => CallKind)
  @Enum({ items: () => CallKind, type: 'text' })
  kind!: CallKind;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => String, { description: 'ISO date the call opens' })
  @Property({ type: 'date' })
  opensOn!: string;

  @Field(() => String, { nullable: true, description: 'ISO date of the deadline (inclusive); null = always open' })
  @Property({ type: 'date', nullable: true })
  closesOn: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Maximum amount per application (or per placement per year), euro cents' })
  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  maxAmountCents: number | null = null;
}
