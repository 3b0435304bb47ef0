import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** One monthly stage indemnity paid by IXL for a STAGE placement (schedule from `PlacementRecorded`). */
@ObjectType('StageIndemnity')
@Entity({ tableName: 'stage_indemnity' })
@Unique({ properties: ['placementId', 'month'] })
export class StageIndemnity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  placementId!: string;

  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  companyId: string | null = null;

  @Field(() => String, { description: 'First day of the month the indemnity covers' })
  @Property({ type: 'date' })
  month!: string;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  amountCents!: number;
}
