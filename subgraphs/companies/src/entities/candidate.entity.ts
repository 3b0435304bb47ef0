import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Vacancy } from './vacancy.entity.js';

/** Pipeline of a person for one vacancy (docs/domain.md §2). SHORTLISTED is staff-only: companies never see it. */
export enum CandidateStatus {
  SHORTLISTED = 'SHORTLISTED',
  PROPOSED = 'PROPOSED',
  CV_SENT = 'CV_SENT',
  INTERVIEW = 'INTERVIEW',
  HIRED = 'HIRED',
  REJECTED_BY_COMPANY = 'REJECTED_BY_COMPANY',
  DECLINED_BY_CANDIDATE = 'DECLINED_BY_CANDIDATE',
}
registerEnumType(CandidateStatus, { name: 'CandidateStatus' });

/** Why a company rejected or a candidate declined (2020: many declined for fear of infection). */
export enum CandidateOutcomeReason {
  FEAR_OF_INFECTION = 'FEAR_OF_INFECTION',
  DISTANCE = 'DISTANCE',
  HOURS = 'HOURS',
  SHIFTS = 'SHIFTS',
  PAY = 'PAY',
  CONTRACT_TYPE = 'CONTRACT_TYPE',
  SKILLS = 'SKILLS',
  LANGUAGE = 'LANGUAGE',
  FOUND_OTHER_JOB = 'FOUND_OTHER_JOB',
  NOT_REACHABLE = 'NOT_REACHABLE',
  OTHER = 'OTHER',
}
registerEnumType(CandidateOutcomeReason, { name: 'CandidateOutcomeReason' });

/**
 * A person shortlisted or proposed for a vacancy, exposed as the GraphQL `Candidate`: only what a company
 * needs (first name, initials, skills, availability, CV flag); staff-only fields are checked per field.
 */
@ObjectType('Candidate')
@Entity({ tableName: 'candidate' })
@Unique({ properties: ['vacancy', 'beneficiaryId'] })
export class CandidateRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne({ entity: () => Vacancy, deleteRule: 'restrict' })
  vacancy!: Vacancy;

  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => CandidateStatus)
  @Enum({ items: () => CandidateStatus, type: 'text' })
  status!: CandidateStatus;

  /** Matching score 0–100 when shortlisted/proposed from the ranking. */
  @Property({ type: 'smallint', nullable: true })
  score: number | null = null;

  @Field(() => CandidateOutcomeReason, { nullable: true, description: 'Why rejected or declined' })
  @Enum({ items: () => CandidateOutcomeReason, type: 'text', nullable: true })
  reasonCode: CandidateOutcomeReason | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reasonNote: string | null = null;

  @Property({ type: 'text', nullable: true })
  staffNote: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  proposedAt: Date | null = null;

  /** The job interview the company set (instant; shown in Europe/Rome), with its place or link. */
  @Field(() => Date, { nullable: true, description: 'When the job interview is (instant; show it in Europe/Rome)' })
  @Property({ type: 'timestamptz', nullable: true })
  interviewAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Where the job interview is held (address)' })
  @Property({ type: 'text', nullable: true })
  interviewPlace: string | null = null;

  @Field(() => String, { nullable: true, description: 'Video-call link of the job interview' })
  @Property({ type: 'text', nullable: true })
  interviewLink: string | null = null;

  @Field(() => String, { nullable: true, description: 'What the company tells the candidate (whom to ask for, what to bring)' })
  @Property({ type: 'text', nullable: true })
  interviewNote: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
