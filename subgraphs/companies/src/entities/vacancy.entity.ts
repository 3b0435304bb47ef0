import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Company } from './company.entity.js';

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

  @Field(() => String, { description: 'ISTAT code of the workplace municipality' })
  @Property({ type: 'text' })
  municipalityCode!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  openings: number = 1;

  @Field(() => VacancyStatus)
  @Enum({ items: () => VacancyStatus, type: 'text' })
  status: VacancyStatus = VacancyStatus.DRAFT;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
