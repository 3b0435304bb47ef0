import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { FuoriProtocolloReason } from './enums.js';
import { BeneficiaryStatus } from './beneficiary.entity.js';

/** One step of a person's lifecycle: who moved them, when, from where to where, and why. */
@ObjectType('BeneficiaryStatusChange')
@Entity({ tableName: 'status_change' })
@Index({ properties: ['beneficiaryId', 'at'] })
export class StatusChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => BeneficiaryStatus, { nullable: true, description: 'null for the registration itself' })
  @Enum({ items: () => BeneficiaryStatus, type: 'text', nullable: true })
  from: BeneficiaryStatus | null = null;

  @Field(() => BeneficiaryStatus)
  @Enum({ items: () => BeneficiaryStatus, type: 'text' })
  to!: BeneficiaryStatus;

  @Field(() => FuoriProtocolloReason, { nullable: true })
  @Enum({ items: () => FuoriProtocolloReason, type: 'text', nullable: true })
  fuoriProtocolloReason: FuoriProtocolloReason | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { description: "User id of who made the change, or 'system'" })
  @Property({ type: 'text' })
  actorId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  actorRole!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();
}
