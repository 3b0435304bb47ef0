import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/**
 * The credito sociale as a product, one version per validity period: the rate, limits and grace used by both
 * `simulateLoan` and the real loans (the one valid on the approval day). Changed by an ADMIN with a reason,
 * never retroactively. Seeds: up to €25,000 at a fixed 3.25%, 6–60 months with at most 6 of pre-amortisation
 * (docs/domain.md §5).
 */
@ObjectType('LoanProduct')
// Natural duplicate refused by the database (issue 28): one product definition takes effect per day.
@Unique({ name: 'loan_product_valid_from_unique', properties: ['validFrom'] })
@Entity({ tableName: 'loan_product' })
export class LoanProduct {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'First day it applies (ISO)' })
  @Index()
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last day it applies (ISO); null: until a new version' })
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;

  @Field(() => Int, { description: 'Fixed annual rate, basis points (325 = 3.25%)' })
  @Property({ type: 'integer' })
  annualRateBps!: number;

  @Field(() => Float)
  annualRatePercent(): number {
    return this.annualRateBps / 100;
  }

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  maxPrincipalCents!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  minTermMonths!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  maxTermMonths!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  maxGraceMonths!: number;

  @Field(() => Int, { description: 'Share guaranteed by the fund, basis points (7000 = 70%)' })
  @Property({ type: 'integer' })
  guaranteeShareBps!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  definedBy: string | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  definedAt!: Date;
}
