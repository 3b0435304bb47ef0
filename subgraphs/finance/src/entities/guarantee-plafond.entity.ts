import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** The guarantee fund's plafond from a date on (append-only history: the latest effective row counts). */
@ObjectType('GuaranteePlafond')
// Natural duplicate refused by the database (issue 28): one plafond takes effect per day.
@Unique({ name: 'guarantee_plafond_effective_from_unique', properties: ['effectiveFrom'] })
@Entity({ tableName: 'guarantee_plafond' })
export class GuaranteePlafond {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  amountCents!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
