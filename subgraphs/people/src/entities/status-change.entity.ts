import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { FuoriProtocolloReason } from './enums.js';
import { BeneficiaryStatus } from './beneficiary.entity.js';

/** Why the system moved a person (see `reasonCode`). */
export type StatusReasonCode = 'ONLINE_REGISTRATION' | 'INTERVIEW_SCHEDULED' | 'HISTORY_IMPORT';

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

  @Field(() => String, { nullable: true, description: 'Why, in words (typed by staff, or the English sentence of reasonCode)' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      'A change made by the system: ONLINE_REGISTRATION, INTERVIEW_SCHEDULED with params { mode, scheduledAt }, or HISTORY_IMPORT (a step of the imported history; portals translate it)',
  })
  @Property({ type: 'text', nullable: true })
  reasonCode: StatusReasonCode | null = null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Parameters of reasonCode' })
  @Property({ type: 'json', nullable: true })
  reasonParams: Record<string, string> | null = null;

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
