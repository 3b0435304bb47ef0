import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CallKind, MonitoringMode, OrganisationKind, OutcomeKind, PathKind } from '../entities/enums.js';
import { ProjectSector, ProjectStatus } from '../entities/project.entity.js';

@InputType()
export class ProjectCallInput {
  @Field(() => CallKind) kind!: CallKind;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { description: 'ISO date' }) opensOn!: string;
  @Field(() => String, { nullable: true, description: 'ISO date (inclusive); omit for the always-open over-55 call' }) closesOn?:
    string | null;
  @Field(() => Int, { nullable: true, description: 'euro cents' }) maxAmountCents?: number | null;
}

@InputType({ description: 'The online application form of a call' })
export class ProjectApplicationInput {
  @Field(() => ID) callId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) organisationName!: string;
  @Field(() => OrganisationKind) organisationKind!: OrganisationKind;
  @Field(() => String) contactEmail!: string;
  @Field(() => String, { description: 'Project lines (at least 20 characters)' }) projectLines!: string;
  @Field(() => String, { description: 'Local actors involved' }) actorsInvolved!: string;
  @Field(() => String, { description: 'Needs analysis (at least 20 characters)' }) needsAnalysis!: string;
  @Field(() => ProjectSector) sector!: ProjectSector;
  @Field(() => Int, { description: 'Jobs expected for target people' }) expectedJobs!: number;
  @Field(() => String, { description: '3-year economic sustainability sketch (at least 20 characters)' }) sustainabilityPlan!: string;
  @Field(() => Int, { nullable: true, description: 'euro cents' }) requestedAmountCents?: number | null;
}

@ObjectType({ description: 'What the applicant gets back: keep the tracking code to refer to the application' })
export class ProjectApplicationReceipt {
  @Field(() => ID) projectId!: string;
  @Field(() => String) trackingCode!: string;
  @Field(() => ProjectStatus) status!: ProjectStatus;
}

@InputType()
export class MoveProjectInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ProjectStatus) to!: ProjectStatus;
  @Field(() => String, { nullable: true, description: 'Required for REJECTED, WITHDRAWN and STAND_BY' }) reason?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'ISO date of the step (default: today in Europe/Rome); for INTAKE_MEETING the meeting date',
  })
  on?: string | null;
  @Field(() => PathKind, { nullable: true, description: 'Required to enter ACCOMPANIMENT' }) pathKind?: PathKind | null;
  @Field(() => MonitoringMode, { nullable: true, description: 'Required to enter MONITORING' }) monitoringMode?: MonitoringMode | null;
}

@InputType()
export class ProjectMeetingInput {
  @Field(() => ID) projectId!: string;
  @Field(() => String, { description: 'ISO date' }) heldOn!: string;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => String, { nullable: true }) facilitator?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class ProjectOutcomeInput {
  @Field(() => ID) projectId!: string;
  @Field(() => OutcomeKind) kind!: OutcomeKind;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'ISO date' }) on!: string;
  @Field(() => ID, { nullable: true, description: 'Placement in `companies`, for jobs and stages' }) placementId?: string | null;
  @Field(() => ID, { nullable: true }) beneficiaryId?: string | null;
}
