import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Company } from './company.entity.js';

/** Kind of placement (inserimento), DOMAIN.md §2. */
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

/** A person placed in work: hire, stage, traineeship, mini job or self-employment. */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'placement' })
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
}
