import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BeneficiaryRef } from '../entities/beneficiary.ref.js';
import { CompanyCefrLevel, WorkShift } from '../entities/enums.js';

export enum ItalianFit {
  NOT_REQUIRED = 'NOT_REQUIRED',
  MEETS = 'MEETS',
  ONE_LEVEL_BELOW = 'ONE_LEVEL_BELOW',
  BELOW = 'BELOW',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ItalianFit, { name: 'ItalianFit' });

@ObjectType({ description: 'One weighted part of a matching score' })
export class MatchScoreComponent {
  @Field(() => String, { description: 'requiredSkills, niceToHaveSkills, italian, distance, availability, contract' })
  name!: string;

  @Field(() => Int, { description: 'Maximum points (weights sum to 100)' })
  weight!: number;

  @Field(() => Float)
  points!: number;

  @Field(() => String)
  detail!: string;
}

@ObjectType({
  description: "A vacancy's skill as the company wrote it, the vocabulary concept it stands for, and whether the person has it",
})
export class VocabularyMatch {
  @Field(() => String, { description: 'The words of the vacancy' }) term!: string;
  @Field(() => String, { nullable: true, description: 'Vocabulary concept id (null: the words map to no concept)' }) conceptId!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Italian label of the concept' }) conceptLabel!: string | null;
  @Field(() => Boolean, { description: 'A required skill (else nice to have)' }) required!: boolean;
  @Field(() => Boolean, { description: 'The person has it (same words, the concept, or a narrower skill)' }) matched!: boolean;
}

@ObjectType({ description: 'Why a person got their matching score' })
export class MatchExplanation {
  @Field(() => [String]) matchedSkills!: string[];
  @Field(() => [String]) missingSkills!: string[];
  @Field(() => [String]) matchedNiceToHave!: string[];
  @Field(() => CompanyCefrLevel, { nullable: true }) italianLevel!: CompanyCefrLevel | null;
  @Field(() => CompanyCefrLevel, { nullable: true }) requiredItalianLevel!: CompanyCefrLevel | null;
  @Field(() => ItalianFit) italianFit!: ItalianFit;
  @Field(() => Float, { description: 'Residence municipality centroid to the workplace municipality, km (haversine)' }) distanceKm!: number;
  @Field(() => Int) maxDistanceKm!: number;
  @Field(() => [WorkShift]) matchedShifts!: WorkShift[];
  @Field(() => [WorkShift]) missingShifts!: WorkShift[];
  @Field(() => Int, { nullable: true }) availableHoursPerWeek!: number | null;
  @Field(() => Int, { nullable: true }) requiredHoursPerWeek!: number | null;
  @Field(() => Boolean, { description: 'The contract offered is among the wishes (or either is unspecified)' }) contractFit!: boolean;
  @Field(() => [MatchScoreComponent]) components!: MatchScoreComponent[];
  @Field(() => [VocabularyMatch], { description: "The vacancy's skills in the vocabulary's words, met or not" })
  vocabularyMatches!: VocabularyMatch[];
  @Field(() => String, { description: 'The score formula and its weights' }) formula!: string;
  @Field(() => String) summary!: string;
}

@ObjectType({ description: 'A ranked person for a vacancy (staff only)' })
export class CandidateMatch {
  @Field(() => ID) beneficiaryId!: string;
  @Field(() => BeneficiaryRef, { description: 'The full person (people subgraph; staff only)' }) beneficiary!: BeneficiaryRef;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastInitial!: string;
  @Field(() => String, { nullable: true }) municipalityCode!: string | null;
  @Field(() => Int, { description: '0–100' }) score!: number;
  @Field(() => MatchExplanation) explanation!: MatchExplanation;
}
