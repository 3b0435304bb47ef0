import { ArrayType, Check, Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NonCashSupportKind } from './enums.js';

/**
 * Non-cash support given to a project (a course paid, stages funded, services in kind), with its value counted in the
 * project's total support. From a management-committee approval (`decisionId`) or recorded by staff.
 */
@ObjectType('NonCashSupport')
@Entity({ tableName: 'non_cash_support' })
@Index({
  name: 'non_cash_support_decision_position_unique',
  expression: `create unique index "non_cash_support_decision_position_unique" on "finance"."non_cash_support" ("decision_id", "position") where "decision_id" is not null`,
})
@Index({
  name: 'non_cash_support_natural_unique',
  expression: `create unique index "non_cash_support_natural_unique" on "finance"."non_cash_support" ("project_id", "kind", lower("description"), "provided_on") where "decision_id" is null`,
})
@Check({ name: 'non_cash_support_value_cents_check', expression: '"value_cents" > 0' })
export class NonCashSupport {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  projectId!: string;

  /** SOCIAL_INNOVATION or SELF_EMPLOYMENT. */
  @Property({ type: 'text' })
  projectKind!: string;

  @Field(() => ID, { nullable: true, description: 'The funding decision it comes from (null when recorded by staff)' })
  @Property({ type: 'uuid', nullable: true })
  decisionId: string | null = null;

  @Property({ type: 'integer', default: 0 })
  position: Opt<number> = 0;

  @Field(() => NonCashSupportKind)
  @Enum({ items: () => NonCashSupportKind, type: 'text' })
  kind!: NonCashSupportKind;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Int, { description: 'Value in euro cents, counted in the project’s total support' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  valueCents!: number;

  @Field(() => String, { description: 'ISO date it was approved or provided' })
  @Property({ type: 'date' })
  providedOn!: string;

  @Property({ type: 'uuid', nullable: true })
  applicantUserId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  beneficiaryId: string | null = null;

  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: `'{}'` })
  committeeMemberUserIds: Opt<string[]> = [];

  @Property({ type: 'uuid', nullable: true })
  recordedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}
