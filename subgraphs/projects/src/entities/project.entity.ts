import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ProjectSector {
  COMMUNITY_WELFARE = 'COMMUNITY_WELFARE',
  ETHICAL_FOOD = 'ETHICAL_FOOD',
  ETHICAL_FASHION = 'ETHICAL_FASHION',
  SOCIAL_FARMING = 'SOCIAL_FARMING',
  SPORT_CULTURE_REGENERATION = 'SPORT_CULTURE_REGENERATION',
  OTHER = 'OTHER',
}
registerEnumType(ProjectSector, { name: 'ProjectSector' });

/** Where a social-innovation project stands on its path (DOMAIN.md §4). */
export enum ProjectStatus {
  SUBMITTED = 'SUBMITTED',
  PRE_SELECTION = 'PRE_SELECTION',
  INTAKE_MEETING = 'INTAKE_MEETING',
  ACCOMPANIMENT = 'ACCOMPANIMENT',
  REVIEW = 'REVIEW',
  EVALUATION_COMMITTEE = 'EVALUATION_COMMITTEE',
  MANAGEMENT_COMMITTEE = 'MANAGEMENT_COMMITTEE',
  FUNDED = 'FUNDED',
  MONITORING = 'MONITORING',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  STAND_BY = 'STAND_BY',
}
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });

/** A social-innovation project (progetto di innovazione sociale) applying to a call. */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'project' })
export class Project {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Applicant: a Third Sector body (ETS) or an informal group' })
  @Property({ type: 'text' })
  organisationName!: string;

  @Field(() => ProjectSector)
  @Enum({ items: () => ProjectSector, type: 'text' })
  sector!: ProjectSector;

  @Field(() => ProjectStatus)
  @Index()
  @Enum({ items: () => ProjectStatus, type: 'text' })
  status: ProjectStatus = ProjectStatus.SUBMITTED;

  @Field(() => Int, { description: 'Jobs expected for target people' })
  @Property({ type: 'integer' })
  expectedJobs: number = 0;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  submittedAt: Date = new Date();
}
