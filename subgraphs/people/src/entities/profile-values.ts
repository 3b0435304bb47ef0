import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { LanguageLevel } from './enums.js';

/** Value objects of a person's profile, stored as JSON on the beneficiary row. */
@ObjectType('BeneficiaryLanguage')
export class LanguageSkill {
  @Field(() => String, { description: 'ISO 639-1 code, e.g. it, en, ar' })
  language!: string;

  @Field(() => LanguageLevel)
  level!: LanguageLevel;
}

@ObjectType('BeneficiarySkill')
export class SkillEntry {
  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true, description: 'ESCO skill URI or code, when known' })
  escoCode!: string | null;
}

@ObjectType('BeneficiaryPastJob')
export class PastJob {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'ESCO occupation URI or ISCO-based code, when known' })
  escoOccupationCode!: string | null;

  @Field(() => String, { nullable: true })
  employer!: string | null;

  @Field(() => Int, { nullable: true })
  fromYear!: number | null;

  @Field(() => Int, { nullable: true })
  toYear!: number | null;
}

@InputType('BeneficiaryLanguageInput')
export class LanguageSkillInput {
  @Field(() => String)
  language!: string;

  @Field(() => LanguageLevel)
  level!: LanguageLevel;
}

@InputType('BeneficiarySkillInput')
export class SkillInput {
  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  escoCode?: string | null;
}

@InputType('BeneficiaryPastJobInput')
export class PastJobInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  escoOccupationCode?: string | null;

  @Field(() => String, { nullable: true })
  employer?: string | null;

  @Field(() => Int, { nullable: true })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true })
  toYear?: number | null;
}
