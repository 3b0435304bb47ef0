import { Field, ID, InputType, Int } from 'type-graphql';
import { MonitoringMode, SelfEmploymentStatus } from '../entities/enums.js';
import { MeetingKind } from '../entities/path-meeting.entity.js';
import { ProjectSector } from '../entities/project.entity.js';

@InputType()
export class SelfEmploymentApplicationInput {
  @Field(() => String) businessIdea!: string;
  @Field(() => ProjectSector) sector!: ProjectSector;
  @Field(() => ID, { nullable: true, description: 'Staff only: the beneficiary (a beneficiary applies for itself)' }) beneficiaryId?:
    string | null;
}

@InputType()
export class MoveSelfEmploymentInput {
  @Field(() => ID) pathId!: string;
  @Field(() => SelfEmploymentStatus) to!: SelfEmploymentStatus;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => String, { nullable: true }) on?: string | null;
  @Field(() => MonitoringMode, { nullable: true }) monitoringMode?: MonitoringMode | null;
}

@InputType()
export class BusinessPlanInput {
  @Field(() => ID) pathId!: string;
  @Field(() => String) summary!: string;
  @Field(() => [Int], { description: 'Revenue, years 1–3, euro cents' }) revenueCents!: number[];
  @Field(() => [Int], { description: 'Costs, years 1–3, euro cents' }) costsCents!: number[];
  @Field(() => Int) fundingNeedCents!: number;
}

@InputType()
export class SelfEmploymentMeetingInput {
  @Field(() => ID) pathId!: string;
  @Field(() => MeetingKind) kind!: MeetingKind;
  @Field(() => String) heldOn!: string;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => String, { nullable: true }) facilitator?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}
