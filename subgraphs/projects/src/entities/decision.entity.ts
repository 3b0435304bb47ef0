import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { JsonType } from '@mikro-orm/core';
import { CommitteeKind, DecisionOutcome, FundingKind, NonCashItemKind, SubjectKind } from './enums.js';

/** One non-cash support item of a decision. */
@ObjectType('CommitteeDecisionNonCashItem')
export class NonCashItem {
  @Field(() => NonCashItemKind) kind!: NonCashItemKind;
  @Field(() => String) description!: string;
  @Field(() => Int) valueCents!: number;
}

/** A committee's decision on a dossier, with conditions and (management committee) funding. */
@ObjectType('CommitteeDecision')
@Entity({ tableName: 'decision' })
export class Decision {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid', unique: true })
  agendaItemId!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  sessionId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  committeeId!: string;

  @Field(() => CommitteeKind)
  @Enum({ items: () => CommitteeKind, type: 'text' })
  committeeKind!: CommitteeKind;

  @Field(() => SubjectKind)
  @Enum({ items: () => SubjectKind, type: 'text' })
  subjectKind!: SubjectKind;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => DecisionOutcome)
  @Enum({ items: () => DecisionOutcome, type: 'text' })
  outcome!: DecisionOutcome;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  conditions: string | null = null;

  @Field(() => FundingKind, { nullable: true })
  @Enum({ items: () => FundingKind, type: 'text', nullable: true })
  fundingKind: FundingKind | null = null;

  /** NON_CASH: the items (a course paid, stages funded, services in kind) and their values. */
  @Field(() => [NonCashItem], { nullable: true, description: 'NON_CASH: the non-cash support items and their values' })
  @Property({ type: JsonType, nullable: true })
  nonCashItems: { kind: NonCashItemKind; description: string; valueCents: number }[] | null = null;

  @Field(() => Int, { nullable: true, description: 'LOAN: principal; GRANT: investments + services; NON_CASH: total value (euro cents)' })
  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  amountCents: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  investmentCents: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  servicesCents: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  termMonths: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  graceMonths: number | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  votesFor!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  votesAgainst!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  abstentions!: number;

  @Field(() => Int, { description: 'Members excluded for conflict of interest' })
  @Property({ type: 'integer' })
  excludedForConflict!: number;

  @Field(() => String, { description: 'ISO date (the session date)' })
  @Property({ type: 'date' })
  decidedOn!: string;

  @Property({ type: 'uuid', nullable: true })
  recordedBy: string | null = null;
}
