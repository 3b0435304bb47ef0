import { ReadableBy } from '@ixl/subgraph-kit';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { MonitoringMode, SelfEmploymentStatus } from './enums.js';
import { ProjectSector } from './project.entity.js';

/** A self-employment (autoimpiego) path: one beneficiary, one-to-one meetings, a business plan. */
@Directive('@key(fields: "id")')
@ObjectType('SelfEmploymentPath')
@Entity({ tableName: 'self_employment' })
export class SelfEmployment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  // Committee members see the dossier they vote on (idea, plan, figures), not who the person is.
  @Field(() => ID, { description: 'STAFF/ADMIN and the person only' })
  @ReadableBy('STAFF', 'ADMIN', 'BENEFICIARY')
  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Property({ type: 'uuid', nullable: true })
  applicantUserId: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  businessIdea!: string;

  @Field(() => ProjectSector)
  @Enum({ items: () => ProjectSector, type: 'text' })
  sector!: ProjectSector;

  @Field(() => SelfEmploymentStatus)
  @Index()
  @Enum({ items: () => SelfEmploymentStatus, type: 'text' })
  status: SelfEmploymentStatus = SelfEmploymentStatus.SUBMITTED;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  submittedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: 'Business plan: market, offer, organisation' })
  @Property({ type: 'text', nullable: true })
  planSummary: string | null = null;

  @Field(() => [Int], { nullable: true, description: 'Business plan: expected revenue for years 1-3, euro cents' })
  @Property({ type: 'json', nullable: true })
  revenueCents: number[] | null = null;

  @Field(() => [Int], { nullable: true, description: 'Business plan: expected costs for years 1-3, euro cents' })
  @Property({ type: 'json', nullable: true })
  costsCents: number[] | null = null;

  @Field(() => Int, { nullable: true, description: 'Business plan: funding need, euro cents' })
  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  fundingNeedCents: number | null = null;

  @Field(() => String, { nullable: true, description: 'ISO date the business started' })
  @Property({ type: 'date', nullable: true })
  startedOn: string | null = null;

  @Field(() => MonitoringMode, { nullable: true })
  @Enum({ items: () => MonitoringMode, type: 'text', nullable: true })
  monitoringMode: MonitoringMode | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  monitoringStartedOn: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Outcome notes (e.g. business still active after 1 year); STAFF/ADMIN and the person only',
  })
  @ReadableBy('STAFF', 'ADMIN', 'BENEFICIARY')
  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;
}
