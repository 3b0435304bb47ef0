import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ArrayType, type Opt } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { GrantCategory, GrantStatus } from './enums.js';

/** A fondo perduto grant (≤ €8,000: ≤ €6,000 investments, ≤ €2,000 services), opened from a funding decision. */
@Directive('@key(fields: "id")')
@ObjectType('Grant')
@Entity({ tableName: 'grant' })
export class Grant {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { nullable: true })
  @Unique()
  @Property({ type: 'uuid', nullable: true })
  decisionId: string | null = null;

  @Index()
  @Property({ type: 'uuid' })
  projectId!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  applicantUserId: string | null = null;

  /** Members of the committees that decided this funding (from `FundingApproved`): they may see it. */
  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: `'{}'` })
  committeeMemberUserIds: Opt<string[]> = [];

  @Index()
  @Property({ type: 'uuid', nullable: true })
  beneficiaryId: string | null = null;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  investmentCents!: number;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  servicesCents!: number;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  totalCents!: number;

  @Field(() => String)
  @Property({ type: 'date' })
  approvedOn!: string;

  @Field(() => GrantStatus)
  @Enum({ items: () => GrantStatus, type: 'text' })
  status: GrantStatus = GrantStatus.OPEN;

  @Field(() => String, {
    nullable: true,
    description: 'Why the grant was refused (status REFUSED), in English: portals show refusalReasonCode',
  })
  @Property({ type: 'text', nullable: true })
  refusalReason: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The reason code of the refusal (an error reason, e.g. GUARANTEE_FUND_CAPACITY): portals render it in the user’s language',
  })
  @Property({ type: 'text', nullable: true })
  refusalReasonCode: string | null = null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Parameters of refusalReasonCode (cents, dates, counts)' })
  @Property({ type: 'json', nullable: true })
  refusalParams: Opt<Record<string, string | number>> | null = null;
}

/** A planned expense of a grant, in one category (receipts are disbursed against it). */
@ObjectType('GrantExpenseLine')
// Natural duplicate refused by the database (issue 28): one expense line per grant, category and description.
@Unique({ name: 'grant_expense_line_natural_key_unique', properties: ['grantId', 'category', 'description'] })
@Entity({ tableName: 'grant_expense_line' })
export class GrantExpenseLine {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  grantId!: string;

  @Field(() => GrantCategory)
  @Enum({ items: () => GrantCategory, type: 'text' })
  category!: GrantCategory;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  amountCents!: number;
}
