import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { CourseOutcome } from '../entities/enums.js';

@ObjectType()
export class AttendanceImportError {
  @Field(() => Int, { description: 'Line in the file (the header is line 1)' }) line!: number;
  @Field(() => String, { description: 'person, session, hours, row, header or csv' }) field!: string;
  @Field(() => String, { description: 'The reason in English, for API readers' }) reason!: string;
  @Field(() => String, { description: 'The stable reason (registry of @ixl/contracts, e.g. ATTENDANCE_UNKNOWN_PERSON) portals translate' })
  reasonCode!: string;
  @Field(() => GraphQLJSONObject, { description: 'The parameters of the reason (e.g. { value, line, hours, sessionHours })' })
  params!: Record<string, unknown>;
}

/** Result of an attendance CSV import: nothing is written unless every row is valid. */
@ObjectType()
export class AttendanceImportReport {
  @Field(() => Boolean, { description: 'True when every row is valid (and, unless dry run, written)' }) accepted!: boolean;
  @Field(() => Int, { description: 'Data rows in the file' }) rows!: number;
  @Field(() => [AttendanceImportError]) errors!: AttendanceImportError[];
  @Field(() => Boolean, { description: 'The same file (or idempotency key) was already imported: nothing changed' })
  alreadyImported!: boolean;
  @Field(() => ID, { nullable: true }) uploadId!: string | null;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => Float) hours!: number;
}

@ObjectType()
export class CourseAttendanceRecord {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => Float) hours!: number;
}

@InputType()
export class EnrolInCourseInput {
  @Field(() => ID) editionId!: string;
  @Field(() => ID) beneficiaryId!: string;
  @Field(() => String, { description: 'Display name the training body will see (copied at enrolment)' }) participantName!: string;
  @Field(() => String, { description: 'Identifies the person in attendance CSVs' }) codiceFiscale!: string;
}

@InputType({ description: 'Accept a course request (the person is enrolled) or decline it with a reason' })
export class CourseRequestDecisionInput {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => Boolean) accept!: boolean;
  @Field(() => String, { nullable: true, description: 'Required to decline (3 to 500 characters); the person reads it' }) reason?:
    string | null;
}

@InputType()
export class CourseOutcomeInput {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => CourseOutcome) outcome!: CourseOutcome;
  @Field(() => Boolean, { nullable: true }) qualificationObtained?: boolean | null;
  @Field(() => String, { nullable: true }) qualificationName?: string | null;
  @Field(() => String, { nullable: true }) droppedOutOn?: string | null;
  @Field(() => String, { nullable: true }) dropOutReason?: string | null;
}
