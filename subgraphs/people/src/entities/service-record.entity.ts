import { ReadableBy } from '@ixl/subgraph-kit';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ServiceKind } from './enums.js';

/** A service given to a person: CV review, job-offer alerts, Italian lessons, an IPS path. */
@ObjectType('BeneficiaryServiceRecord')
@Entity({ tableName: 'service_record' })
export class ServiceRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => ServiceKind)
  @Index()
  @Enum({ items: () => ServiceKind, type: 'text' })
  kind!: ServiceKind;

  @Field(() => String, { description: 'ISO date' })
  @Property({ type: 'date' })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'ISO date; IPS paths last about 9 months' })
  @Property({ type: 'date', nullable: true })
  expectedEndOn: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => ID, { nullable: true, description: 'STAFF/ADMIN only' })
  @ReadableBy('STAFF', 'ADMIN')
  @Property({ type: 'uuid', nullable: true })
  operatorId: string | null = null;

  @Field(() => String, { nullable: true, description: "STAFF/ADMIN only: the operators' notes" })
  @ReadableBy('STAFF', 'ADMIN')
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
