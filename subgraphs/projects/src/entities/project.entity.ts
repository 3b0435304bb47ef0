import { Entity, OptionalProps, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MonitoringMode, OrganisationKind, PathKind } from './enums.js';

export enum ProjectSector {
  COMMUNITY_WELFARE = 'COMMUNITY_WELFARE',
  ETHICAL_FOOD = 'ETHICAL_FOOD',
  ETHICAL_FASHION = 'ETHICAL_FASHION',
  SOCIAL_FARMING = 'SOCIAL_FARMING',
  SPORT_CULTURE_REGENERATION = 'SPORT_CULTURE_REGENERATION',
  OTHER = 'OTHER',
}
registerEnumType(ProjectSector, { name: 'ProjectSector' });

/** Where a social-innovation project stands on its path (docs/domain.md §4). */
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
  [OptionalProps]?:
    | 'status'
    | 'expectedJobs'
    | 'submittedAt'
    | 'callId'
    | 'trackingCode'
    | 'organisationKind'
    | 'contactEmail'
    | 'projectLines'
    | 'actorsInvolved'
    | 'needsAnalysis'
    | 'sustainabilityPlan'
    | 'requestedAmountCents'
    | 'applicantUserId'
    | 'intakeMeetingOn'
    | 'pathKind'
    | 'monitoringMode'
    | 'monitoringStartedOn';

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

  @Field(() => ID, { nullable: true, description: 'The call (bando) applied to' })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  callId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Code returned to the applicant at submission (quote it when contacting the staff)' })
  @Property({ type: 'text', nullable: true, unique: true })
  trackingCode: string | null = null;

  @Field(() => OrganisationKind)
  @Enum({ items: () => OrganisationKind, type: 'text', default: OrganisationKind.ETS })
  organisationKind: OrganisationKind = OrganisationKind.ETS;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  contactEmail: string | null = null;

  @Field(() => String, { nullable: true, description: 'Project lines (linee progettuali)' })
  @Property({ type: 'text', nullable: true })
  projectLines: string | null = null;

  @Field(() => String, { nullable: true, description: 'Local actors involved' })
  @Property({ type: 'text', nullable: true })
  actorsInvolved: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  needsAnalysis: string | null = null;

  @Field(() => String, { nullable: true, description: 'Sketch of the economic sustainability over 3 years' })
  @Property({ type: 'text', nullable: true })
  sustainabilityPlan: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Amount requested, euro cents' })
  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  requestedAmountCents: number | null = null;

  /** Account that submitted the application (null for anonymous public submissions). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  applicantUserId: string | null = null;

  @Field(() => String, { nullable: true, description: 'ISO date of the intake meeting (incontro conoscitivo)' })
  @Property({ type: 'date', nullable: true })
  intakeMeetingOn: string | null = null;

  @Field(() => PathKind, { nullable: true })
  @Enum({ items: () => PathKind, type: 'text', nullable: true })
  pathKind: PathKind | null = null;

  @Field(() => MonitoringMode, { nullable: true })
  @Enum({ items: () => MonitoringMode, type: 'text', nullable: true })
  monitoringMode: MonitoringMode | null = null;

  @Field(() => String, { nullable: true, description: 'ISO date monitoring started' })
  @Property({ type: 'date', nullable: true })
  monitoringStartedOn: string | null = null;
}
