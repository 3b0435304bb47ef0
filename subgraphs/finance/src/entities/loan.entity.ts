import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ArrayType, type Opt } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum LoanStatus {
  APPROVED = 'APPROVED',
  DISBURSED = 'DISBURSED',
  REPAYING = 'REPAYING',
  IN_ARREARS = 'IN_ARREARS',
  REPAID = 'REPAID',
  DEFAULTED = 'DEFAULTED',
  /** Funding approved but the guarantee (or a product limit) refused it: nothing was booked. */
  REFUSED = 'REFUSED',
}
registerEnumType(LoanStatus, { name: 'LoanStatus' });

/** A credito sociale loan (with Emil Banca), guaranteed by the fund (docs/domain.md §5). */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'loan' })
export class Loan {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The funded project (owned by `projects`). */
  @Index()
  @Property({ type: 'uuid' })
  projectId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  bank!: string;

  @Field(() => Int, { description: 'Principal in euro cents' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  principalCents!: number;

  @Field(() => Int, { description: 'Annual rate in basis points (325 = 3.25%)' })
  @Property({ type: 'integer' })
  annualRateBps!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  termMonths!: number;

  @Field(() => Int, { description: 'Interest-only months (pre-amortisation)' })
  @Property({ type: 'integer' })
  graceMonths!: number;

  @Field(() => LoanStatus)
  @Enum({ items: () => LoanStatus, type: 'text' })
  status: LoanStatus = LoanStatus.APPROVED;

  @Field(() => String, { nullable: true, description: 'ISO date of the loan contract' })
  @Property({ type: 'date', nullable: true })
  contractDate: string | null = null;

  /** The committees' funding decision (projects) this loan comes from: one loan per decision. */
  @Field(() => ID, { nullable: true })
  @Unique()
  @Property({ type: 'uuid', nullable: true })
  decisionId: string | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  applicantUserId: string | null = null;

  /** Members of the committees that decided this funding (from `FundingApproved`): they may see it. */
  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: `'{}'` })
  committeeMemberUserIds: Opt<string[]> = [];

  @Index()
  @Property({ type: 'uuid', nullable: true })
  beneficiaryId: string | null = null;

  @Field(() => Int, { description: 'Share guaranteed by the fund, in basis points (7000 = 70%)' })
  @Property({ type: 'integer', default: 7000 })
  guaranteeShareBps: number = 7000;

  @Field(() => String, { nullable: true, description: 'ISO date of the funding approval; the schedule starts from it' })
  @Property({ type: 'date', nullable: true })
  approvedOn: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  disbursedOn: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the loan was refused (status REFUSED), in English: portals show refusalReasonCode',
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
