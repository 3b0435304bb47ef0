import { ReadableBy } from '@ixl/subgraph-kit';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Company } from './company.entity.js';

/** Kind of placement (inserimento), docs/domain.md §2. */
export enum PlacementType {
  ASSUNZIONE = 'ASSUNZIONE',
  STAGE = 'STAGE',
  /** tirocinio: curricular/extra-curricular traineeship */
  TIROCINIO = 'TIROCINIO',
  MINI_JOB = 'MINI_JOB',
  LAVORO_AUTONOMO = 'LAVORO_AUTONOMO',
}
registerEnumType(PlacementType, { name: 'PlacementType' });

export enum ContractType {
  TEMPO_DETERMINATO = 'TEMPO_DETERMINATO',
  TEMPO_INDETERMINATO = 'TEMPO_INDETERMINATO',
  IN_PROPRIO = 'IN_PROPRIO',
  A_CHIAMATA = 'A_CHIAMATA',
}
registerEnumType(ContractType, { name: 'ContractType' });

/** How a placement follows the previous one: each is a new placement (they all count). */
export enum PlacementFollowUp {
  RENEWAL = 'RENEWAL',
  EXTENSION = 'EXTENSION',
  /** stage/tirocinio converted into a work contract */
  CONVERSION = 'CONVERSION',
}
registerEnumType(PlacementFollowUp, { name: 'PlacementFollowUp' });

/**
 * A person placed in work: hire, stage, traineeship, mini job or self-employment. The database refuses
 * the same placement twice and overlapping placements of one person, kind and company (an open-ended
 * one counts from its start day only; migration 20261202110000_natural_duplicates).
 */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'placement' })
@Index({
  name: 'placement_natural_key_unique',
  expression: `alter table "companies"."placement" add constraint "placement_natural_key_unique" unique nulls not distinct ("beneficiary_id", "company_id", "type", "start_date")`,
})
@Index({
  name: 'placement_no_overlap',
  expression: `alter table "companies"."placement" add constraint "placement_no_overlap" exclude using gist ("beneficiary_id" with =, "company_id" with =, "type" with =, daterange("start_date", coalesce("end_date", "start_date"), '[]') with &&, "id" with <>) where ("previous_placement_id" is null)`,
})
export class Placement {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The person placed (owned by `people`; referenced by id). */
  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => Company, { nullable: true })
  @Index()
  @ManyToOne({ entity: () => Company, nullable: true, deleteRule: 'restrict' })
  company: Company | null = null;

  @Field(() => PlacementType)
  @Enum({ items: () => PlacementType, type: 'text' })
  type!: PlacementType;

  @Field(() => ContractType, { nullable: true })
  @Enum({ items: () => ContractType, type: 'text', nullable: true })
  contract: ContractType | null = null;

  @Field(() => String, { description: 'ISO date' })
  @Index()
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  hoursPerWeek: number | null = null;

  /** The vacancy it fills, if any (loaded by a field resolver). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  vacancyId: string | null = null;

  /** Course edition credited with the placement (training KPIs), if any. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  sourceEditionId: string | null = null;

  /** The placement this one renews, extends or converts. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  previousPlacementId: string | null = null;

  @Field(() => PlacementFollowUp, { nullable: true })
  @Enum({ items: () => PlacementFollowUp, type: 'text', nullable: true })
  followUp: PlacementFollowUp | null = null;

  @Field(() => String, { nullable: true, description: "STAFF/ADMIN only: the operators' notes" })
  @ReadableBy('STAFF', 'ADMIN')
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  createdAt: Date | null = null;
}
