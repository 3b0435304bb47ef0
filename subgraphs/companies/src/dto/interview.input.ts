import { Field, ID, InputType, ObjectType } from 'type-graphql';

/** A company invites a candidate to a job interview: the day and time in Bologna, and a place or a link. */
@InputType()
export class InviteToInterviewInput {
  @Field(() => ID) candidateId!: string;
  @Field(() => String, { description: 'ISO date of the interview (Europe/Rome)' }) date!: string;
  @Field(() => String, { description: 'Time of day HH:MM (24 h, Europe/Rome)' }) time!: string;
  @Field(() => String, { nullable: true, description: 'Address; place or link is required' }) place?: string | null;
  @Field(() => String, { nullable: true, description: 'https:// video-call link; place or link is required' }) link?: string | null;
  @Field(() => String, { nullable: true, description: 'Whom to ask for, what to bring (at most 1000 characters)' }) note?: string | null;
}

/** A job interview a company invited the signed-in person to. */
@ObjectType()
export class MyJobInterview {
  @Field(() => ID) candidateId!: string;
  @Field(() => String) vacancyTitle!: string;
  @Field(() => String) companyName!: string;
  @Field(() => Date, { description: 'Instant of the interview; show it in Europe/Rome' }) at!: Date;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) link!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}
