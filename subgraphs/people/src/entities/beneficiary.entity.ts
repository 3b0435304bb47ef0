import { ReadableBy } from '@ixl/subgraph-kit';
import { ArrayType, Entity, OptionalProps, Enum, Index, JsonType, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EducationLevel, FragilityProfile, FuoriProtocolloReason, LanguageLevel, Readiness, ReferringBody, WorkShift } from './enums.js';
import { LanguageSkill, PastJob, SkillEntry } from './profile-values.js';

/** Lifecycle of a person in the programme (docs/domain.md §1). */
export enum BeneficiaryStatus {
  REGISTERED = 'REGISTERED',
  INTERVIEW_SCHEDULED = 'INTERVIEW_SCHEDULED',
  INTERVIEWED = 'INTERVIEWED',
  NOT_IN_TARGET = 'NOT_IN_TARGET',
  IN_TARGET = 'IN_TARGET',
  ACTIVE = 'ACTIVE',
  PLACED = 'PLACED',
  /** fuori protocollo: out of the programme's protocol (working, unreachable, not collaborating). */
  FUORI_PROTOCOLLO = 'FUORI_PROTOCOLLO',
}
registerEnumType(BeneficiaryStatus, { name: 'BeneficiaryStatus' });

export enum Sex {
  F = 'F',
  M = 'M',
}
registerEnumType(Sex, { name: 'Sex' });

/** A person registered with IXL (beneficiario). */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'beneficiary' })
export class Beneficiary {
  [OptionalProps]?:
    | 'email'
    | 'phone'
    | 'status'
    | 'registeredAt'
    | 'domicileMunicipalityCode'
    | 'municipalityName'
    | 'outOfArea'
    | 'outOfAreaExceptionReason'
    | 'outOfAreaExceptionAt'
    | 'outOfAreaExceptionBy'
    | 'educationLevel'
    | 'educationTitle'
    | 'italianLevel'
    | 'languages'
    | 'skills'
    | 'pastJobs'
    | 'desiredOccupations'
    | 'skillKeys'
    | 'availableHoursPerWeek'
    | 'shifts'
    | 'drivingLicence'
    | 'ownVehicle'
    | 'contractWishes'
    | 'cvShareConsent'
    | 'referringBody'
    | 'referringBodyName'
    | 'privacyNoticeVersion'
    | 'privacyConsentAt'
    | 'profile'
    | 'readiness'
    | 'fuoriProtocolloReason'
    | 'statusBeforeFuoriProtocollo'
    | 'interviewDueDate'
    | 'interviewedAt'
    | 'updatedAt'
    | 'mailOptOut'
    | 'consentWithdrawnAt'
    | 'erasedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  firstName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  lastName!: string;

  @Field(() => String, { description: 'Italian tax code (codice fiscale)' })
  @Property({ type: 'text', unique: true })
  codiceFiscale!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  /** No job-offer alerts or newsletters (service mails about the person's own path still arrive). */
  @Field(() => Boolean, { description: 'Opted out of offer alerts and newsletters' })
  @Property({ type: 'boolean', default: false })
  mailOptOut: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Field(() => String, { description: 'ISO date' })
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => Sex)
  @Enum({ items: () => Sex, type: 'text' })
  sex!: Sex;

  @Field(() => String, { description: 'Citizenship, ISO 3166-1 alpha-2 (IT for Italian)' })
  @Property({ type: 'text' })
  citizenship!: string;

  @Field(() => String, { description: 'ISTAT code of the residence municipality' })
  @Index()
  @Property({ type: 'text' })
  municipalityCode!: string;

  @Field(() => BeneficiaryStatus)
  @Index()
  @Enum({ items: () => BeneficiaryStatus, type: 'text' })
  status: BeneficiaryStatus = BeneficiaryStatus.REGISTERED;

  @Field(() => Date)
  @Index()
  @Property({ type: 'timestamptz' })
  registeredAt: Date = new Date();

  @Field(() => String, { nullable: true, description: 'ISTAT code of the domicile municipality, when different from the residence' })
  @Property({ type: 'text', nullable: true })
  domicileMunicipalityCode: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the residence municipality (given for municipalities outside the metropolitan area)',
  })
  @Property({ type: 'text', nullable: true })
  municipalityName: string | null = null;

  @Field(() => Boolean, { description: 'Neither resident nor domiciled in the 55 municipalities of the Città metropolitana' })
  @Property({ type: 'boolean', default: false })
  outOfArea: boolean = false;

  @Field(() => String, {
    nullable: true,
    description:
      'Staff: why a person outside the Città metropolitana may still be in target (recorded with recordOutOfAreaException, audited)',
  })
  @Property({ type: 'text', nullable: true })
  outOfAreaExceptionReason: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the out-of-area exception was recorded' })
  @Property({ type: 'timestamptz', nullable: true })
  outOfAreaExceptionAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  outOfAreaExceptionBy: string | null = null;

  @Field(() => EducationLevel, { nullable: true })
  @Enum({ items: () => EducationLevel, type: 'text', nullable: true })
  educationLevel: EducationLevel | null = null;

  @Field(() => String, { nullable: true, description: 'Qualification, free text (e.g. "Diploma di ragioneria")' })
  @Property({ type: 'text', nullable: true })
  educationTitle: string | null = null;

  @Field(() => LanguageLevel, { nullable: true })
  @Enum({ items: () => LanguageLevel, type: 'text', nullable: true })
  italianLevel: LanguageLevel | null = null;

  @Field(() => [LanguageSkill])
  @Property({ type: JsonType, default: '[]' })
  languages: LanguageSkill[] = [];

  @Field(() => [SkillEntry])
  @Property({ type: JsonType, default: '[]' })
  skills: SkillEntry[] = [];

  @Field(() => [PastJob])
  @Property({ type: JsonType, default: '[]' })
  pastJobs: PastJob[] = [];

  @Field(() => [String], { description: 'Occupations the person wants (ESCO codes or free text)' })
  @Property({ type: JsonType, default: '[]' })
  desiredOccupations: string[] = [];

  /** Normalised skill labels and ESCO codes, for search. */
  @Index({ type: 'gin' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  skillKeys: string[] = [];

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  availableHoursPerWeek: number | null = null;

  @Field(() => [WorkShift])
  @Property({ type: JsonType, default: '[]' })
  shifts: WorkShift[] = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  drivingLicence: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  ownVehicle: boolean = false;

  @Field(() => [String], { description: 'Contract types the person accepts (ContractType values)' })
  @Property({ type: JsonType, default: '[]' })
  contractWishes: string[] = [];

  @Field(() => Boolean, { description: 'The person agrees that companies may see the CV' })
  @Property({ type: 'boolean', default: false })
  cvShareConsent: boolean = false;

  @Field(() => ReferringBody, { nullable: true, description: 'soggetto inviante' })
  @Index()
  @Enum({ items: () => ReferringBody, type: 'text', nullable: true })
  referringBody: ReferringBody | null = null;

  @Field(() => String, { nullable: true, description: 'Name of the referring service or organisation' })
  @Property({ type: 'text', nullable: true })
  referringBodyName: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  privacyNoticeVersion: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  privacyConsentAt: Date | null = null;

  /** Staff only (resolver): fragility profile of the latest assessment. */
  @Index()
  @Enum({ items: () => FragilityProfile, type: 'text', nullable: true })
  profile: FragilityProfile | null = null;

  /** Staff only (resolver). */
  @Index()
  @Enum({ items: () => Readiness, type: 'text', nullable: true })
  readiness: Readiness | null = null;

  @Field(() => FuoriProtocolloReason, { nullable: true })
  @Enum({ items: () => FuoriProtocolloReason, type: 'text', nullable: true })
  fuoriProtocolloReason: FuoriProtocolloReason | null = null;

  /** The status before going out of protocol (readmission goes back to it). */
  @Enum({ items: () => BeneficiaryStatus, type: 'text', nullable: true })
  statusBeforeFuoriProtocollo: BeneficiaryStatus | null = null;

  /** Europe/Rome date by which the first interview is due (registration + 15 days). */
  @Index()
  @Property({ type: 'date', nullable: true })
  interviewDueDate: string | null = null;

  @Index()
  @Property({ type: 'timestamptz', nullable: true })
  interviewedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'GDPR: when the person withdrew the privacy consent (processing that needs it stopped)',
  })
  @Property({ type: 'timestamptz', nullable: true })
  consentWithdrawnAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'GDPR: when the person was erased (pseudonymised); STAFF/ADMIN only' })
  @ReadableBy('STAFF', 'ADMIN')
  @Property({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null = null;
}
