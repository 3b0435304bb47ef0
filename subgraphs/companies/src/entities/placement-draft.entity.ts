import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Company } from './company.entity.js';
import { ContractType, PlacementType } from './placement.entity.js';

export enum PlacementDraftStatus {
  /** Written by the company's "Conferma assunzione"; waits for staff. */
  PENDING = 'PENDING',
  /** Staff confirmed it: it became a real placement (`placementId`). */
  CONFIRMED = 'CONFIRMED',
}
registerEnumType(PlacementDraftStatus, { name: 'PlacementDraftStatus' });

/**
 * A placement drafted from a confirmed hire: the company gives contract, start and hours when it confirms
 * the hire; staff check and confirm it, and only then it becomes a `Placement` (PlacementRecorded, KPIs).
 */
@ObjectType()
@Entity({ tableName: 'placement_draft' })
export class PlacementDraft {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The hired candidate (one draft per hire). */
  @Unique()
  @Property({ type: 'uuid' })
  candidateId!: string;

  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Index()
  @ManyToOne({ entity: () => Company, deleteRule: 'restrict' })
  company!: Company;

  @Property({ type: 'uuid' })
  vacancyId!: string;

  @Field(() => PlacementType)
  @Enum({ items: () => PlacementType, type: 'text' })
  type!: PlacementType;

  @Field(() => ContractType, { nullable: true })
  @Enum({ items: () => ContractType, type: 'text', nullable: true })
  contract: ContractType | null = null;

  @Field(() => String, { description: 'ISO date' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  hoursPerWeek: number | null = null;

  @Field(() => PlacementDraftStatus)
  @Index()
  @Enum({ items: () => PlacementDraftStatus, type: 'text' })
  status: PlacementDraftStatus = PlacementDraftStatus.PENDING;

  /** The placement staff confirmed it into. */
  @Property({ type: 'uuid', nullable: true })
  placementId: string | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;
}
