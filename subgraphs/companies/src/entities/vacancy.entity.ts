import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Company } from './company.entity.js';
import { CompanyCefrLevel, WorkShift } from './enums.js';
import { ContractType } from './placement.entity.js';

export enum VacancyStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}
registerEnumType(VacancyStatus, { name: 'VacancyStatus' });

/** A staffing need posted by a company (fabbisogno di personale). */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'vacancy' })
export class Vacancy {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => Company)
  @Index()
  @ManyToOne({ entity: () => Company, deleteRule: 'restrict' })
  company!: Company;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'ESCO occupation code or URI of the role' })
  @Property({ type: 'text', nullable: true })
  occupationCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'Tasks (mansioni), free text' })
  @Property({ type: 'text', nullable: true })
  tasks: string | null = null;

  @Field(() => [String], { description: 'Required skills (ESCO codes or normalised labels)' })
  @Property({ type: 'text[]', default: '{}' })
  requiredSkills: string[] = [];

  @Field(() => [String], { description: 'Nice-to-have skills' })
  @Property({ type: 'text[]', default: '{}' })
  niceToHaveSkills: string[] = [];

  /** Vocabulary concept of each required skill, same order ('' when the text maps to none): vocabulary.service.ts. */
  @Property({ type: 'text[]', default: '{}' })
  requiredConcepts: string[] & Opt = [];

  /** Vocabulary concept of each nice-to-have skill, same order ('' when none). */
  @Property({ type: 'text[]', default: '{}' })
  niceConcepts: string[] & Opt = [];

  @Field(() => CompanyCefrLevel, { nullable: true, description: 'Minimum Italian level' })
  @Enum({ items: () => CompanyCefrLevel, type: 'text', nullable: true })
  italianLevel: CompanyCefrLevel | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  drivingLicenceRequired: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  ownVehicleRequired: boolean = false;

  @Field(() => ContractType, { nullable: true, description: 'Contract offered' })
  @Enum({ items: () => ContractType, type: 'text', nullable: true })
  contractType: ContractType | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  hoursPerWeek: number | null = null;

  @Field(() => [WorkShift])
  @Property({ type: 'text[]', default: '{}' })
  shifts: WorkShift[] = [];

  @Field(() => String, { description: 'ISTAT code of the workplace municipality' })
  @Property({ type: 'text' })
  municipalityCode!: string;

  @Field(() => Int, { description: 'Matching radius around the workplace, km' })
  @Property({ type: 'integer', default: 40 })
  maxDistanceKm: number = 40;

  @Field(() => Int)
  @Property({ type: 'integer' })
  openings: number = 1;

  @Field(() => String, { nullable: true, description: 'ISO date the job starts' })
  @Property({ type: 'date', nullable: true })
  startDate: string | null = null;

  @Field(() => VacancyStatus)
  @Enum({ items: () => VacancyStatus, type: 'text' })
  status: VacancyStatus = VacancyStatus.DRAFT;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  updatedAt: Date | null = null;
}
