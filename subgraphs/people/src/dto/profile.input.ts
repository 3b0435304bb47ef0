import { Field, InputType, Int } from 'type-graphql';
import { EducationLevel, LanguageLevel, WorkShift } from '../entities/enums.js';
import { LanguageSkillInput, PastJobInput, SkillInput } from '../entities/profile-values.js';

/** What a person (or staff for them) may change in the profile; omitted fields stay as they are. */
@InputType()
export class BeneficiaryProfileInput {
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'ISTAT code; null clears it' })
  domicileMunicipalityCode?: string | null;

  @Field(() => EducationLevel, { nullable: true })
  educationLevel?: EducationLevel | null;

  @Field(() => String, { nullable: true })
  educationTitle?: string | null;

  @Field(() => LanguageLevel, { nullable: true })
  italianLevel?: LanguageLevel | null;

  @Field(() => [LanguageSkillInput], { nullable: true })
  languages?: LanguageSkillInput[] | null;

  @Field(() => [SkillInput], { nullable: true })
  skills?: SkillInput[] | null;

  @Field(() => [PastJobInput], { nullable: true })
  pastJobs?: PastJobInput[] | null;

  @Field(() => [String], { nullable: true })
  desiredOccupations?: string[] | null;

  @Field(() => Int, { nullable: true })
  availableHoursPerWeek?: number | null;

  @Field(() => [WorkShift], { nullable: true })
  shifts?: WorkShift[] | null;

  @Field(() => Boolean, { nullable: true })
  drivingLicence?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  ownVehicle?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'TEMPO_DETERMINATO, TEMPO_INDETERMINATO, IN_PROPRIO, A_CHIAMATA' })
  contractWishes?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  cvShareConsent?: boolean | null;
}
