import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** A training body's risk-share settlement, received from `training` (one row per settlementId, one per edition). */
@ObjectType('TrainingSettlement')
@Entity({ tableName: 'training_settlement' })
@Unique({ name: 'training_settlement_edition_id_unique', properties: ['editionId'] })
export class TrainingSettlement {
  /** The producer's settlementId: the primary key makes delivery idempotent. */
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  editionId!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  trainingBodyId!: string;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  totalCostCents!: number;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  atRiskCents!: number;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  payableCents!: number;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  withheldCents!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  achievedRatePercent!: number;

  @Field(() => String)
  @Property({ type: 'date' })
  windowEnd!: string;

  @Field(() => String, { nullable: true, description: 'Day of the last payment (ISO); null while nothing was paid' })
  @Property({ type: 'date', nullable: true })
  paidOn: string | null = null;

  /** Paid so far: one payment, or more when a late placement raised the settlement after it was paid. */
  @Field(() => Int, { description: 'Paid so far (euro cents)' })
  @Property({ type: 'bigint', runtimeType: 'number', default: 0 })
  paidCents: number = 0;

  @Field(() => Int, {
    description: 'Still to pay (euro cents): payable − paid; negative when a later adjustment lowered it below what was paid',
  })
  get outstandingCents(): number {
    return this.payableCents - this.paidCents;
  }
}

/** An adjustment of a settlement received from `training` (one row per revisionId): the difference booked in the ledger. */
@Entity({ tableName: 'training_settlement_revision' })
@Unique({ properties: ['settlementId', 'revision'] })
export class TrainingSettlementRevision {
  /** The producer's revisionId: the primary key makes delivery idempotent. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  settlementId!: string;

  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  payableBeforeCents!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  payableAfterCents!: number;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'date' })
  adjustedOn!: string;
}
